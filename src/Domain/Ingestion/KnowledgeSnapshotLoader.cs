using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Reads the <see cref="KnowledgeSnapshot"/> from the database in one pass per table: plain projections with no
/// tracking and no joins fanned out by Include, grouped in memory, so a batch of articles pays for it once
/// (see <see cref="KnowledgeSnapshotCache"/>) and its cost grows with the rows, not with their combinations.
/// </summary>
public sealed class KnowledgeSnapshotLoader(NewsTreatyDbContext db)
{
    public async Task<KnowledgeSnapshot> LoadAsync(CancellationToken ct)
    {
        var aliases = (await db.Set<ActorAlias>().AsNoTracking()
                .Select(a => new { a.ActorId, a.Id, a.Name, a.Kind, a.ValidFrom, a.ValidTo }).ToListAsync(ct))
            .OrderBy(a => a.Id)
            .ToLookup(a => a.ActorId);
        var affiliations = (await db.Set<ActorAffiliation>().AsNoTracking()
                .Select(a => new { a.ActorId, a.OrganisationId }).ToListAsync(ct))
            .ToLookup(a => a.ActorId, a => a.OrganisationId);
        // Each alias keeps the kind and period the dataset gives it: "the Kremlin" is Russia's metonym from
        // December 1991 and the Soviet Union's before, "Mr Kim" names three leaders in turn.
        var actors = (await db.Actors.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Slug, a.Kind, a.Name, a.Description, a.WikidataId }).ToListAsync(ct))
            .Select(a => new KnownActor(a.Id, a.Slug, a.Kind, a.Name, a.Description, a.WikidataId,
                [.. aliases[a.Id].Select(x => new KnownAlias(x.Name, x.Kind, x.ValidFrom, x.ValidTo))],
                [.. affiliations[a.Id].Distinct()]))
            .ToList();

        var outlets = (await db.Outlets.AsNoTracking().OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Slug, o.Name, o.Kind, o.Country, o.Homepage, o.StateAffiliated }).ToListAsync(ct))
            .Select(o => new KnownOutlet(o.Id, o.Slug, o.Name, o.Kind, o.Country, o.Homepage, o.StateAffiliated))
            .ToList();

        var eventActors = (await db.Set<Events.EventActor>().AsNoTracking().Select(a => new { a.EventId, a.ActorId }).ToListAsync(ct))
            .ToLookup(a => a.EventId, a => a.ActorId);
        var events = (await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ThenBy(e => e.Id)
                .Select(e => new { e.Id, e.Slug, e.Kind, e.Title, e.Summary, e.Date, e.EndDate }).ToListAsync(ct))
            .Select(e => new KnownEvent(e.Id, e.Slug, e.Kind, e.Title, e.Summary, e.Date, e.EndDate, [.. eventActors[e.Id].Distinct()]))
            .ToList();

        var articles = (await db.Articles.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Slug, a.OutletId, a.Headline, a.PrintHeadline, a.CanonicalUrl, a.PublishedOn, a.SourceSha256, a.ContentHash, a.Text })
                .ToListAsync(ct))
            .Select(a => new KnownArticle(a.Id, a.Slug, a.OutletId, a.Headline, a.PrintHeadline, a.CanonicalUrl, a.PublishedOn, a.SourceSha256, a.ContentHash, a.Text))
            .ToList();

        var quotes = (await db.Appearances.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.ClaimId, a.Quote }).ToListAsync(ct))
            .ToLookup(a => a.ClaimId, a => a.Quote);
        var subjects = (await db.Set<Claims.ClaimSubject>().AsNoTracking().Select(s => new { s.ClaimId, s.ActorId }).ToListAsync(ct))
            .ToLookup(s => s.ClaimId, s => s.ActorId);
        var claimEvents = (await db.Set<Claims.ClaimEvent>().AsNoTracking().Select(e => new { e.ClaimId, e.EventId }).ToListAsync(ct))
            .ToLookup(e => e.ClaimId, e => e.EventId);
        var claims = (await db.Claims.AsNoTracking().OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.Slug, c.Text, c.Kind, c.ClaimantActorId, c.ClaimantOutletId }).ToListAsync(ct))
            .Select(c => new KnownClaim(c.Id, c.Slug, c.Text, c.Kind, c.ClaimantActorId, c.ClaimantOutletId,
                [.. quotes[c.Id]], [.. subjects[c.Id]], [.. claimEvents[c.Id]]))
            .ToList();

        return new KnowledgeSnapshot(actors, outlets, events, articles, claims);
    }
}

/// <summary>
/// The last snapshot read, kept until the next committed write in this process (<see cref="DataChanges"/>) and
/// for at most <see cref="MaxAge"/>, since writes made by other processes (another instance, the CLI) raise no
/// signal here. A run of ingestions between edits reads the knowledge base once.
/// </summary>
public sealed class KnowledgeSnapshotCache(DataChanges changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Generation, DateTimeOffset At, KnowledgeSnapshot Snapshot)? _cached;

    public async Task<KnowledgeSnapshot> GetAsync(KnowledgeSnapshotLoader loader, CancellationToken ct)
    {
        if (_cached is { } hit && Fresh(hit.Generation, hit.At))
        {
            return hit.Snapshot;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } filled && Fresh(filled.Generation, filled.At))
            {
                return filled.Snapshot;
            }

            // Read the generation first: a write committed while loading makes the next call load again.
            var generation = changes.Generation;
            var at = clock.GetUtcNow();
            var snapshot = await loader.LoadAsync(ct);
            _cached = (generation, at, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool Fresh(long generation, DateTimeOffset at) => generation == changes.Generation && clock.GetUtcNow() - at < MaxAge;
}
