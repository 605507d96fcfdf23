namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// How the product runs the pipeline: <see cref="IngestionPipeline.Run"/> in production. A delegate, so tests of
/// storage and review can script what the stages find without depending on how well they find it today.
/// </summary>
public delegate IngestionResult PipelineRunner(RawArticle raw, KnowledgeSnapshot knowledge);
