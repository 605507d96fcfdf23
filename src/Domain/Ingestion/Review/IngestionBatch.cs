using Microsoft.Extensions.Logging;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>One article of a batch: a name for reports and how to read it (reading may reject it: empty, binary, not UTF-8).</summary>
public sealed record BatchItem(string Name, Func<SubmittedArticle> Read);

public enum BatchResult
{
    /// <summary>A new article: its proposals wait for review.</summary>
    New,

    /// <summary>An article the knowledge base holds: text attached (or not, see the report) and proposals for what is new.</summary>
    Known,

    /// <summary>Content already ingested: the earlier ingestion stands.</summary>
    Duplicate,

    /// <summary>Not an article: empty, binary, malformed or too long. Reported and skipped.</summary>
    Rejected,

    /// <summary>Something went wrong while reading or storing it; nothing of it was stored.</summary>
    Failed,
}

public sealed record BatchOutcome(string Name, BatchResult Result, IngestOutcome? Ingestion, string? Note);

/// <summary>
/// Ingests many articles: the knowledge snapshot is read once, the pipeline runs on several articles at a time
/// (it touches no database), their proposals are built one article at a time in the order given while the writer
/// stores earlier ones, and each article is stored in its own transaction, in that order, so one bad file is reported
/// and skipped and never leaves half an article behind.
/// </summary>
public sealed class IngestionBatch(IngestionService service, ILogger<IngestionBatch> logger)
{
    public async Task<IReadOnlyList<BatchOutcome>> RunAsync(IReadOnlyList<BatchItem> items, string actor, Action<BatchOutcome>? progress, CancellationToken ct)
    {
        var knowledge = await service.KnowledgeAsync(ct);
        var taken = await service.TakenSlugsAsync(knowledge, ct);
        Task<object> proposed = Task.FromResult<object>(new object());
        var lookahead = Math.Max(2, Environment.ProcessorCount * 2);
        var running = new Queue<(BatchItem Item, Task<object> Prepared)>();
        var outcomes = new List<BatchOutcome>(items.Count);
        var next = 0;
        while (next < items.Count || running.Count > 0)
        {
            while (next < items.Count && running.Count < lookahead)
            {
                var item = items[next++];
                proposed = ProposeAfterAsync(item, proposed, Task.Run(() => Prepare(item, knowledge), ct), knowledge, taken);
                running.Enqueue((item, proposed));
            }

            var (current, task) = running.Dequeue();
            var outcome = await task switch
            {
                PreparedIngestion prepared => await StoreAsync(current, prepared, knowledge, actor, ct),
                BatchOutcome early => early,
                _ => throw new InvalidOperationException("Unexpected preparation result."),
            };
            outcomes.Add(outcome);
            progress?.Invoke(outcome);
        }

        return outcomes;
    }

    private object Prepare(BatchItem item, KnowledgeSnapshot knowledge)
    {
        try
        {
            return service.Prepare(item.Read(), knowledge);
        }
        catch (IngestionInputException ex)
        {
            logger.LogWarning("Skipped {Name}: {Reason}", item.Name, ex.Message);
            return new BatchOutcome(item.Name, BatchResult.Rejected, null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not read {Name}: {Reason}", item.Name, ex.Message);
            return new BatchOutcome(item.Name, BatchResult.Rejected, null, "could not be read: " + ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The pipeline failed on {Name}", item.Name);
            return new BatchOutcome(item.Name, BatchResult.Failed, null, "the pipeline failed: " + ex.Message);
        }
    }

    /// <summary>
    /// Builds an article's proposals once the one before it has had its own built: one article at a time, in the
    /// order they are stored, so slugs are reserved in that order (<see cref="IngestionService.Propose"/>).
    /// </summary>
    private async Task<object> ProposeAfterAsync(BatchItem item, Task<object> before, Task<object> preparing, KnowledgeSnapshot knowledge, TakenSlugs taken)
    {
        await before.ConfigureAwait(false);
        var prepared = await preparing.ConfigureAwait(false);
        if (prepared is not PreparedIngestion article)
        {
            return prepared;
        }

        try
        {
            return IngestionService.Propose(article, knowledge, taken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not build the proposals of {Name}", item.Name);
            return new BatchOutcome(item.Name, BatchResult.Failed, null, "the proposals could not be built: " + ex.Message);
        }
    }

    private async Task<BatchOutcome> StoreAsync(BatchItem item, PreparedIngestion prepared, KnowledgeSnapshot knowledge, string actor, CancellationToken ct)
    {
        try
        {
            var stored = await service.StoreAsync(prepared, knowledge, actor, ct);
            return stored switch
            {
                { Created: false } => new BatchOutcome(item.Name, BatchResult.Duplicate, stored, $"same as ingestion {stored.IngestionId} ({stored.DuplicateOf})"),
                { KnownArticle: { } slug } => new BatchOutcome(item.Name, BatchResult.Known, stored, $"{slug} ({stored.Recognition}): {stored.Anchors?.Summary}"),
                _ => new BatchOutcome(item.Name, BatchResult.New, stored, null),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not store {Name}; nothing of it was stored", item.Name);
            return new BatchOutcome(item.Name, BatchResult.Failed, null, "could not be stored: " + ex.Message);
        }
    }
}
