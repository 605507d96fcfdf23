namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 7: the same article, syndicated copies and relays already stored; known claims said in other words.</summary>
public sealed class CrossArticleMatcher
{
    // Contract baseline: finds nothing. The cross-article stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public CrossArticleResult Run(RawArticle raw, CleanedArticle article, ArticleMetadata metadata,
        IReadOnlyList<ClaimProposal> claims, KnowledgeSnapshot knowledge) => new([], []);
}
