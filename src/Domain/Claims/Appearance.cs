using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Claims;

public enum AppearanceRole
{
    /// <summary>The claim is first made here.</summary>
    Originates,

    /// <summary>The article reports a claim made elsewhere.</summary>
    Reports,

    /// <summary>The article passes on another outlet's reporting of it.</summary>
    Relays,

    /// <summary>The article contests it.</summary>
    Disputes,
}

/// <summary>
/// The few words next to a quotation that name its speaker ("Putin told the North Korean leader"), an exact
/// span of the same article like the quotation, kept when the quotation itself does not name them.
/// </summary>
public sealed record AttributionSpan(string Quote, int Start, int End);

/// <summary>Evidence: the exact span of an article where a claim appears.</summary>
public sealed class Appearance
{
    /// <summary>How far from its quotation an attribution may lie: "immediately around" it, in characters.</summary>
    public const int AttributionReach = 150;

    private Appearance()
    {
    }

    internal Appearance(Article article, string quote, int start, int end, AppearanceRole role, AttributionSpan? attribution = null)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            throw new DomainException("An appearance needs the quoted text span.");
        }

        if (quote.Length > Limits.Quote)
        {
            throw new DomainException($"The quotation is {quote.Length} characters long; quote a sentence or two (at most {Limits.Quote} characters).");
        }

        if (start < 0 || end <= start)
        {
            throw new DomainException($"Offsets {start}–{end} are not a span: start must be ≥ 0 and end greater than start.");
        }

        if (end - start != quote.Length)
        {
            throw new DomainException($"Offsets {start}–{end} span {end - start} characters but the quotation has {quote.Length}.");
        }

        if (article.Text is { } text && (end > text.Length || string.CompareOrdinal(text, start, quote, 0, quote.Length) != 0))
        {
            throw new DomainException($"The quotation is not found at {start}–{end} of article '{article.Slug}'.");
        }

        if (attribution is not null)
        {
            CheckAttribution(article, attribution, start, end);
        }

        Article = article;
        ArticleId = article.Id;
        Quote = quote;
        Start = start;
        End = end;
        Role = role;
        AttributionQuote = attribution?.Quote;
        AttributionStart = attribution?.Start;
        AttributionEnd = attribution?.End;
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    public int ArticleId { get; private set; }

    public Article Article { get; private set; } = null!;

    /// <summary>Exactly the source text in [<see cref="Start"/>, <see cref="End"/>).</summary>
    public string Quote { get; private set; } = "";

    /// <summary>UTF-16 offset of the first character in the article's source document.</summary>
    public int Start { get; private set; }

    /// <summary>UTF-16 offset one past the last character.</summary>
    public int End { get; private set; }

    public AppearanceRole Role { get; private set; }

    /// <summary>Whether this appearance counts towards corroboration: a <see cref="AppearanceRole.Disputes"/> one contests the claim.</summary>
    public bool Supports => Role != AppearanceRole.Disputes;

    public string? AttributionQuote { get; private set; }

    public int? AttributionStart { get; private set; }

    public int? AttributionEnd { get; private set; }

    public AttributionSpan? Attribution =>
        AttributionQuote is { } q && AttributionStart is { } s && AttributionEnd is { } e ? new AttributionSpan(q, s, e) : null;

    private static void CheckAttribution(Article article, AttributionSpan span, int start, int end)
    {
        if (string.IsNullOrWhiteSpace(span.Quote) || span.Quote.Length > Limits.Name)
        {
            throw new DomainException($"An attribution names the speaker in a few words (at most {Limits.Name} characters).");
        }

        if (span.Start < 0 || span.End - span.Start != span.Quote.Length)
        {
            throw new DomainException($"The attribution's offsets {span.Start}–{span.End} do not span its {span.Quote.Length} characters.");
        }

        if (span.End < start - AttributionReach || span.Start > end + AttributionReach)
        {
            throw new DomainException($"The attribution at {span.Start}–{span.End} is not next to the quotation at {start}–{end}: it must lie within {AttributionReach} characters of it.");
        }

        if (article.Text is { } text && (span.End > text.Length || string.CompareOrdinal(text, span.Start, span.Quote, 0, span.Quote.Length) != 0))
        {
            throw new DomainException($"The attribution is not found at {span.Start}–{span.End} of article '{article.Slug}'.");
        }
    }
}
