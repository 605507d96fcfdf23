namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 6: dated happenings, matched to timeline events or proposed as new ones.</summary>
public sealed class EventExtractor
{
    // Contract baseline: finds nothing. The event stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public IReadOnlyList<EventProposal> Run(CleanedArticle article, ArticleMetadata metadata, ActorResolution actors,
        IReadOnlyList<TimeExpression> times, KnowledgeSnapshot knowledge) => [];
}
