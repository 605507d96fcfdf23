namespace NewsTreaty.Domain.Ingestion;

/// <summary>Everything the pipeline proposes for one article; every span points into <see cref="CleanedArticle.Text"/>.</summary>
public sealed record IngestionResult(
    CleanedArticle Article,
    ArticleMetadata Metadata,
    ActorResolution Actors,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<ClaimProposal> Claims,
    IReadOnlyList<EventProposal> Events,
    CrossArticleResult CrossArticle);
