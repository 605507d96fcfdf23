using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>The proposal (or ingestion, for a bulk review) changed since the caller read it; nothing was changed.</summary>
public sealed class StaleReviewException(string what)
    : DomainException($"{what} has changed since you read it; nothing was saved. GET it again and repeat your review.");

/// <summary>What a review did: each proposal accepted (with what it wrote), including those accepted because another needed them.</summary>
public sealed record ReviewResult(IReadOnlyDictionary<int, string> Accepted, IReadOnlyList<int> Rejected, IReadOnlyList<int> Edited);

/// <summary>
/// Accepts, edits and rejects proposals. A review is one transaction: accepting writes real records through the
/// record editor (the write API's rules and revision history), then the proposals' statuses are saved, checked
/// against the revisions the caller saw; any failure leaves the knowledge base and the proposals as they were.
/// </summary>
public sealed class ProposalReviewer(NewsTreatyDbContext db, ProposalWrites writes, TimeProvider clock)
{
    public Task<ReviewResult> EditAsync(int ingestionId, int proposalId, int expectedRevision, string payloadJson, string? note, string actor, CancellationToken ct) =>
        RunAsync(ingestionId, null, [(proposalId, expectedRevision)], (run, proposals) =>
        {
            run.Edit(proposals[0], payloadJson, note);
            return Task.CompletedTask;
        }, actor, ct);

    public Task<ReviewResult> AcceptAsync(int ingestionId, int proposalId, int expectedRevision, string? payloadJson, string? note, string actor, CancellationToken ct) =>
        RunAsync(ingestionId, null, [(proposalId, expectedRevision)], async (run, proposals) =>
        {
            if (payloadJson is not null)
            {
                run.Edit(proposals[0], payloadJson, note);
            }

            await run.AcceptAsync(proposals[0], explicitly: true, note, ct);
        }, actor, ct);

    public Task<ReviewResult> RejectAsync(int ingestionId, int proposalId, int expectedRevision, string? note, string actor, CancellationToken ct) =>
        RunAsync(ingestionId, null, [(proposalId, expectedRevision)], (run, proposals) =>
        {
            run.Reject(proposals[0], note);
            return Task.CompletedTask;
        }, actor, ct);

    /// <summary>Rejects, then accepts (in reading order), the listed proposals of one ingestion; <paramref name="acceptAll"/> accepts every open one not rejected.</summary>
    public Task<ReviewResult> ReviewAsync(int ingestionId, int expectedIngestionRevision, IReadOnlyCollection<int> accept, IReadOnlyCollection<int> reject,
        bool acceptAll, string? note, string actor, CancellationToken ct) =>
        RunAsync(ingestionId, expectedIngestionRevision, [], async (run, _) =>
        {
            foreach (var id in reject)
            {
                run.Reject(run.Get(id), note);
            }

            var accepting = acceptAll
                ? run.Proposals.Where(p => p.IsOpen && !reject.Contains(p.Id)).Select(p => p.Id).ToList()
                : accept.ToList();
            foreach (var proposal in accepting.Select(run.Get).OrderBy(p => p.Ordinal))
            {
                await run.AcceptAsync(proposal, explicitly: true, note, ct);
            }
        }, actor, ct);

    private async Task<ReviewResult> RunAsync(int ingestionId, int? expectedIngestionRevision, IReadOnlyList<(int Id, int Revision)> expected,
        Func<ReviewRun, IReadOnlyList<ProposalState>, Task> work, string actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var ingestion = await db.Ingestions.AsNoTracking().Include(i => i.Proposals).FirstOrDefaultAsync(i => i.Id == ingestionId, ct)
                            ?? throw new NotFoundException("ingestion", ingestionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (expectedIngestionRevision is { } revision && ingestion.Revision != revision)
            {
                throw new StaleReviewException($"Ingestion {ingestionId}");
            }

            var run = new ReviewRun(ingestion, writes, actor);
            var targets = expected.Select(e => run.Get(e.Id)).ToList();
            foreach (var (target, (_, rev)) in targets.Zip(expected))
            {
                if (target.Revision != rev)
                {
                    throw new StaleReviewException($"Proposal {target.Id}");
                }
            }

            await work(run, targets);
            await SaveAsync(ingestionId, ingestion.Revision, run, actor, ct);
            await transaction.CommitFinishedAsync();
            return run.Result();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleReviewException($"Ingestion {ingestionId}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Applies the run's decisions to the stored proposals, which must still be at the revisions the run read.</summary>
    private async Task SaveAsync(int ingestionId, int ingestionRevision, ReviewRun run, string actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear(); // the record editor cleared it too; start from the stored rows
        var ingestion = await db.Ingestions.Include(i => i.Proposals).FirstAsync(i => i.Id == ingestionId, ct);
        if (ingestion.Revision != ingestionRevision)
        {
            throw new StaleReviewException($"Ingestion {ingestionId}");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var state in run.Proposals.Where(p => p.Changed))
        {
            var proposal = ingestion.Proposals.First(p => p.Id == state.Id);
            if (proposal.Revision != state.Revision)
            {
                throw new StaleReviewException($"Proposal {state.Id}");
            }

            if (state.EditedPayload is { } payload)
            {
                proposal.Edit(payload, state.ProposedSlug, actor, now, state.Note);
            }

            switch (state.Status)
            {
                case ProposalStatus.Accepted:
                    proposal.Accept(state.Outcome ?? "accepted", actor, now, state.Note);
                    break;
                case ProposalStatus.Rejected:
                    proposal.Reject(actor, now, state.Note);
                    break;
            }
        }

        if (run.ProducedArticle is { } produced)
        {
            ingestion.Produced(produced.Id, produced.Slug);
        }

        ingestion.Touch(now);
        await db.SaveChangesAsync(ct);
    }
}
