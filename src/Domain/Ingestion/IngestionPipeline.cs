namespace NewsTreaty.Domain.Ingestion;

/// <summary>The seven stages in order; each is a pure function of its inputs and the snapshot.</summary>
public sealed class IngestionPipeline
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly MetadataExtractor _metadata = new();
    private readonly ActorResolver _actors = new();
    private readonly TimeResolver _times = new();
    private readonly ClaimExtractor _claims = new();
    private readonly EventExtractor _events = new();
    private readonly CrossArticleMatcher _crossArticle = new();

    public IngestionResult Run(RawArticle raw, KnowledgeSnapshot knowledge)
    {
        var article = _cleaner.Run(raw);
        var metadata = _metadata.Run(raw, article, knowledge);
        var actors = _actors.Run(article, metadata, knowledge);
        var times = _times.Run(article, metadata);
        var claims = _claims.Run(article, metadata, actors, times);
        var events = _events.Run(article, metadata, actors, times, knowledge);
        var crossArticle = _crossArticle.Run(raw, article, metadata, actors, claims, knowledge);
        return new IngestionResult(article, metadata, actors, times, claims, events, crossArticle);
    }
}
