namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 5: quotes, reported speech, assertions with quantities, predictions and hedged statements.</summary>
public sealed class ClaimExtractor
{
    // Contract baseline: finds nothing. The claim stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public IReadOnlyList<ClaimProposal> Run(CleanedArticle article, ArticleMetadata metadata, ActorResolution actors, IReadOnlyList<TimeExpression> times) => [];
}
