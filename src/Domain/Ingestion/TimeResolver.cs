namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 4: absolute and relative time expressions, resolved against the article's own date.</summary>
public sealed class TimeResolver
{
    // Contract baseline: finds nothing. The time stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public IReadOnlyList<TimeExpression> Run(CleanedArticle article, ArticleMetadata metadata) => [];
}
