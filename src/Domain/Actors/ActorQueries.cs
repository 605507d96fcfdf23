using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Actors;

public sealed partial class ActorQueries(NewsTreatyDbContext db)
{
    /// <summary>How many of the newest claims made by and about an actor its record lists.</summary>
    public const int ClaimsShown = 50;

    private const int CoOccurringShown = 12;

    /// <summary>Every actor in id order: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<ActorSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new ActorFilter(), limit, cursor, ct);

    public async Task<ActorView?> GetAsync(string key, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking().AsSplitQuery()
            .Include(a => a.Aliases).Include(a => a.Affiliations).ThenInclude(f => f.Organisation)
            .FirstOrDefaultAsync(KeyLookup.ByIdOrSlug<Actor>(key), ct);
        if (actor is null)
        {
            return null;
        }

        var id = actor.Id;
        var members = await db.Actors.AsNoTracking().Where(a => a.Affiliations.Any(f => f.OrganisationId == id))
            .OrderBy(a => a.Name).ToListAsync(ct);

        // A head actor is in a quarter of a large corpus: the record shows how many claims there are and the
        // newest few (both from the (actor, first seen) indexes); the claim list filtered by actor pages the rest.
        var madeCount = await db.Claims.CountAsync(c => c.ClaimantActorId == id, ct);
        var aboutCount = await db.Set<ClaimSubject>().CountAsync(s => s.ActorId == id, ct);
        var made = await db.Claims.AsNoTracking().Where(c => c.ClaimantActorId == id)
            .OrderByDescending(c => c.FirstSeenUtc).ThenByDescending(c => c.Id).Take(ClaimsShown).ToListAsync(ct);
        var aboutIds = await db.Set<ClaimSubject>().AsNoTracking().Where(s => s.ActorId == id)
            .OrderByDescending(s => s.FirstSeenUtc).ThenByDescending(s => s.ClaimId).Select(s => s.ClaimId).Take(ClaimsShown).ToListAsync(ct);
        var aboutById = await db.Claims.AsNoTracking().Where(c => aboutIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var about = aboutIds.Select(i => aboutById[i]).ToList();
        var events = await db.Events.AsNoTracking().SelectMany(e => e.Actors.Where(a => a.ActorId == id), (e, a) => new { Event = e, a.Role })
            .OrderBy(x => x.Event.StartsOn).ToListAsync(ct);

        // Co-occurrence: other actors sharing an event or one of the newest claims (as claimant or subject) with this one.
        var eventIds = events.Select(x => x.Event.Id).Distinct().ToList();
        var claimIds = made.Select(c => c.Id).Concat(aboutIds).Distinct().ToList();
        var fromEvents = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .SelectMany(e => e.Actors).Select(a => a.ActorId).ToListAsync(ct);
        var fromSubjects = await db.Set<ClaimSubject>().AsNoTracking().Where(s => claimIds.Contains(s.ClaimId))
            .Select(s => s.ActorId).ToListAsync(ct);
        var fromClaimants = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id) && c.ClaimantActorId != null)
            .Select(c => c.ClaimantActorId!.Value).ToListAsync(ct);
        var counts = fromEvents.Concat(fromSubjects).Concat(fromClaimants).Where(x => x != id)
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(CoOccurringShown * 4).Select(c => c.Key).ToList();
        var others = await db.Actors.AsNoTracking().Where(a => top.Contains(a.Id)).ToListAsync(ct);

        return new ActorView(
            actor.Id, actor.Slug, actor.Name, actor.Kind, actor.WikidataId, Map.WikidataUrl(actor.WikidataId), actor.Description,
            actor.Aliases.OrderBy(a => a.Id).Select(a => new AliasView(a.Name, a.Kind, DateView.OfOptional(a.ValidFrom), DateView.OfOptional(a.ValidTo), a.Note)).ToList(),
            actor.Affiliations.Select(f => new AffiliationView(Map.Ref(f.Organisation), f.Role, DateView.OfOptional(f.From), DateView.OfOptional(f.To))).ToList(),
            members.Select(Map.Ref).ToList(),
            made.Select(Map.Ref).ToList(),
            madeCount,
            about.Select(Map.Ref).ToList(),
            aboutCount,
            events.Select(x => new EventRoleView(Map.Ref(x.Event), x.Role)).ToList(),
            others.Select(o => new CoOccurrenceView(Map.Ref(o), counts[o.Id])).OrderByDescending(c => c.Count).ThenBy(c => c.Actor.Name).Take(CoOccurringShown).ToList(),
            actor.Revision, actor.UpdatedAt);
    }
}
