namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// What an HTML page says about itself in its markup (meta tags, the canonical link, JSON-LD), as written there:
/// stage 2 weighs it against the article's visible words. Null for plain text.
/// </summary>
public sealed record PageMetadata(
    string? Title,
    string? SiteName,
    string? Published,
    string? Modified,
    string? Author,
    string? Section,
    string? Description,
    string? CanonicalUrl,
    string? Language,
    string? ArticleType);
