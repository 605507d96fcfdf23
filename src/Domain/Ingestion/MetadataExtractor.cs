using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 2: outlet, publication date, genre and byline, from the article's own evidence.</summary>
public sealed class MetadataExtractor
{
    // Contract baseline: the caller's hints only. The metadata stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public ArticleMetadata Run(RawArticle raw, CleanedArticle article, KnowledgeSnapshot knowledge)
    {
        var outlet = raw.OutletHint is { Length: > 0 } hint ? new Supported<string>(hint, Evidence.Hint, null, 1) : null;
        return new ArticleMetadata(outlet, null, null, new Supported<Genre>(Genre.News, Evidence.Default, null, 0.5),
            null, null, null, null, "en", raw.Url);
    }
}
