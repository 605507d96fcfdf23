namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// What the knowledge base already holds of an article being ingested again: its stored quotations (as spans of
/// the new cleaned text, where they could be re-anchored), the claims and events already linked to it, and the
/// articles it is already related to, so that only what is new is proposed.
/// </summary>
public sealed record KnownArticleContext(
    KnownArticle Article,
    string OutletSlug,
    string Recognition,
    IReadOnlyList<TextSpan> QuotedSpans,
    IReadOnlySet<int> ClaimIds,
    IReadOnlySet<int> EventIds,
    IReadOnlySet<int> RelatedArticleIds);
