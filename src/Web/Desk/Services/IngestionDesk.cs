using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>What became of a review decision at the desk.</summary>
internal abstract record ReviewOutcome
{
    public sealed record Done(ReviewResult Result) : ReviewOutcome;

    /// <summary>The write API's rules refused what accepting would write; messages keyed by payload path ("payload.article.outlet").</summary>
    public sealed record Rejected(IReadOnlyDictionary<string, string[]> Errors) : ReviewOutcome;

    /// <summary>Someone reviewed the proposal (or the ingestion) since it was shown; nothing was saved.</summary>
    public sealed record Stale(string Message) : ReviewOutcome;

    /// <summary>Refused as a whole (a slug taken, a record missing, the account disabled).</summary>
    public sealed record Refused(string Message) : ReviewOutcome;
}

/// <summary>
/// The desk's door to ingestion: a pasted or uploaded article goes through <see cref="IngestionService"/> like
/// POST /api/v1/ingest, and every review decision through <see cref="ProposalReviewer"/> like the review API (the
/// revision the editor saw stands in for If-Match). One DI scope per operation, as in <see cref="DeskSaver"/>.
/// </summary>
internal sealed class IngestionDesk(IServiceScopeFactory scopes, DeskUser user)
{
    /// <summary>Ingests pasted or uploaded content; the outcome names the ingestion (a new one, or the one the same content made).</summary>
    public async Task<IngestOutcome> IngestAsync(string content, string? url, string? fileName, CancellationToken ct)
    {
        var actor = await user.ActorAsync(ct);
        var format = fileName is { } name && (name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            ? SourceFormat.Html
            : RawInput.Sniff(content);
        var submitted = RawInput.FromText(content, format, string.IsNullOrWhiteSpace(url) ? null : url.Trim(), fileName: fileName);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestAsync(submitted, actor, ct);
    }

    public Task<IngestionView?> GetAsync(int id, CancellationToken ct) => WithAsync<IngestionQueries, IngestionView?>(q => q.GetAsync(id, ct));

    public Task<Page<IngestionSummaryView>> PendingAsync(int take, CancellationToken ct) =>
        WithAsync<IngestionQueries, Page<IngestionSummaryView>>(q => q.ListAsync(IngestionStatusFilter.Pending, take, null, ct));

    public Task<ReviewOutcome> AcceptAsync(int ingestion, ProposalView proposal, string? payload, CancellationToken ct) =>
        DecideAsync((r, actor) => r.AcceptAsync(ingestion, proposal.Id, proposal.Revision, payload, null, actor, ct), ct);

    public Task<ReviewOutcome> EditAsync(int ingestion, ProposalView proposal, string payload, CancellationToken ct) =>
        DecideAsync((r, actor) => r.EditAsync(ingestion, proposal.Id, proposal.Revision, payload, null, actor, ct), ct);

    public Task<ReviewOutcome> RejectAsync(int ingestion, ProposalView proposal, CancellationToken ct) =>
        DecideAsync((r, actor) => r.RejectAsync(ingestion, proposal.Id, proposal.Revision, null, actor, ct), ct);

    /// <summary>Rejects then accepts the listed proposals in one transaction, provided the ingestion is still at <paramref name="revision"/>.</summary>
    public Task<ReviewOutcome> ReviewAsync(int ingestion, int revision, IReadOnlyCollection<int> accept, IReadOnlyCollection<int> reject, CancellationToken ct) =>
        DecideAsync((r, actor) => r.ReviewAsync(ingestion, revision, accept, reject, acceptAll: false, null, actor, ct), ct);

    private async Task<ReviewOutcome> DecideAsync(Func<ProposalReviewer, string, Task<ReviewResult>> decide, CancellationToken ct)
    {
        try
        {
            var actor = await user.ActorAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            return new ReviewOutcome.Done(await decide(scope.ServiceProvider.GetRequiredService<ProposalReviewer>(), actor));
        }
        catch (StaleReviewException ex)
        {
            return new ReviewOutcome.Stale(ex.Message);
        }
        catch (RecordRejectedException ex)
        {
            return new ReviewOutcome.Rejected(ex.Errors);
        }
        catch (DomainException ex)
        {
            return new ReviewOutcome.Refused(ex.Message);
        }
    }

    private async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> read) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
