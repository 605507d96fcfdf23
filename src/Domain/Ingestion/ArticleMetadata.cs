using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>Where a metadata value came from: the article's own words, the caller's hint, or a default.</summary>
public enum Evidence
{
    /// <summary>Read from the article (a timestamp, a dateline, a byline, the masthead).</summary>
    Text,

    /// <summary>Worked out from the text ("lands in Pyongyang today" in a piece about a dated event).</summary>
    Inferred,

    /// <summary>Given by the caller (url, outlet, published).</summary>
    Hint,

    /// <summary>Neither: a default the editor must confirm.</summary>
    Default,
}

/// <summary>A value with the span of cleaned text that supports it (null for hints and defaults) and a confidence in [0, 1].</summary>
public sealed record Supported<T>(T Value, Evidence Evidence, TextSpan? Span, double Confidence, string? Note = null);

/// <summary>
/// Stage 2's output. The outlet is matched against known outlets when it can be (slug), else named as found.
/// The publication date comes from the article itself: a timestamp, an "Updated" stamp, an edition note or a
/// dateline, never a related story listed on the same page.
/// </summary>
public sealed record ArticleMetadata(
    Supported<string>? OutletName,
    string? OutletSlug,
    Supported<Publication>? Published,
    Supported<Genre> Genre,
    Supported<string>? Byline,
    Supported<string>? Headline,
    Supported<string>? Standfirst,
    Supported<string>? Dateline,
    string Language,
    string? CanonicalUrl,
    Supported<string>? Section = null,
    Supported<string>? PrintHeadline = null,
    Supported<string>? TranslatedFrom = null);
