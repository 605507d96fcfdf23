namespace NewsTreaty.Domain.Ingestion;

/// <summary>The parts of an article the cleaner tells apart; everything else is furniture and is dropped.</summary>
public enum ArticlePart
{
    Headline,
    Standfirst,
    Byline,
    Dateline,

    /// <summary>A timestamp or "Updated" stamp printed with the article itself (not a related story's date).</summary>
    Timestamp,

    /// <summary>Photo and agency credits ("Photo: Sputnik", "EPA").</summary>
    Credit,

    /// <summary>Edition notes that belong to this article ("From the June 22nd 2024 edition").</summary>
    Edition,

    Body,

    /// <summary>A section label or rubric printed above the headline ("Asia | Marriage of convenience", "Opinion").</summary>
    Section,

    /// <summary>The publication's name as printed with the article (a press-reader page's "The Straits Times").</summary>
    Masthead,

    /// <summary>A photo caption (its credit is a separate <see cref="Credit"/> part).</summary>
    Caption,
}

/// <summary>One part of the cleaned text.</summary>
public sealed record PartSpan(ArticlePart Part, TextSpan Span);

/// <summary>A block of the raw input the cleaner dropped, with why (for the eval's furniture score and for editors).</summary>
public sealed record RemovedBlock(TextSpan RawSpan, string Reason);

/// <summary>
/// Stage 1's output. <see cref="Text"/> is the one text every later span points into: the article's own parts
/// in reading order, paragraphs separated by blank lines, furniture removed, characters copied from the raw input
/// (HTML entities decoded) so that <see cref="Map"/> can send any span back to the raw document. <see cref="Page"/>
/// is what an HTML page's markup says of itself; <see cref="Problems"/> says why nothing could be read (binary input).
/// </summary>
public sealed record CleanedArticle(
    string Text,
    IReadOnlyList<PartSpan> Parts,
    IOffsetMap Map,
    IReadOnlyList<RemovedBlock> Removed,
    string? Title = null,
    string? Language = null,
    PageMetadata? Page = null,
    IReadOnlyList<string>? Problems = null)
{
    /// <summary>All spans of a part, in order.</summary>
    public IEnumerable<TextSpan> SpansOf(ArticlePart part) => Parts.Where(p => p.Part == part).Select(p => p.Span);

    /// <summary>The first span of a part, if the cleaner found it.</summary>
    public TextSpan? SpanOf(ArticlePart part) =>
        Parts.FirstOrDefault(p => p.Part == part) is { } found ? found.Span : null;

    /// <summary>The text of the first span of a part, if the cleaner found it.</summary>
    public string? TextOf(ArticlePart part) => SpanOf(part) is { } span ? span.Of(Text) : null;

    /// <summary>The body paragraphs' spans, in order.</summary>
    public IEnumerable<TextSpan> Body => Parts.Where(p => p.Part == ArticlePart.Body).Select(p => p.Span);
}

/// <summary>Sends cleaned-text offsets back to the raw input, and raw offsets forward where the raw character survived.</summary>
public interface IOffsetMap
{
    /// <summary>The raw offset of the cleaned character at <paramref name="cleanedOffset"/> (or of the end, for Text.Length).</summary>
    int ToRaw(int cleanedOffset);

    /// <summary>The raw span a cleaned span came from (from its first character's start to its last character's end).</summary>
    TextSpan ToRaw(TextSpan cleaned);

    /// <summary>The cleaned offset of the raw character at <paramref name="rawOffset"/>, or null when it was dropped.</summary>
    int? ToCleaned(int rawOffset);

    /// <summary>The cleaned span a raw span survives as, or null when any of its characters was dropped.</summary>
    TextSpan? ToCleaned(TextSpan raw);
}
