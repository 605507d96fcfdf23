namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 3: mentions of people, states, organisations and media, resolved to known actors or proposed as new.</summary>
public sealed class ActorResolver
{
    // Contract baseline: finds nothing. The actor stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public ActorResolution Run(CleanedArticle article, ArticleMetadata metadata, KnowledgeSnapshot knowledge) => new([], []);
}
