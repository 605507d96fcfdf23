using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Reading;

public sealed partial class ActorQueries(NewsTreatyDbContext db)
{
    public async Task<Page<ActorSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var after = Cursor.DecodeId(cursor) ?? 0;
        var rows = await db.Actors.AsNoTracking().Include(a => a.Aliases)
            .Where(a => a.Id > after).OrderBy(a => a.Id).Take(take + 1).ToListAsync(ct);
        var items = rows.Take(take).Select(Map.Summary).ToList();
        return new Page<ActorSummaryView>(items, rows.Count > take ? Cursor.Encode(items[^1].Id) : null);
    }

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
        var made = await db.Claims.AsNoTracking().Where(c => c.ClaimantActorId == id).OrderBy(c => c.Id).ToListAsync(ct);
        var about = await db.Claims.AsNoTracking().Where(c => c.Subjects.Any(s => s.ActorId == id)).OrderBy(c => c.Id).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().SelectMany(e => e.Actors.Where(a => a.ActorId == id), (e, a) => new { Event = e, a.Role })
            .OrderBy(x => x.Event.StartsOn).ToListAsync(ct);

        // Co-occurrence: other actors sharing an event or a claim (as claimant or subject) with this one.
        var eventIds = events.Select(x => x.Event.Id).Distinct().ToList();
        var claimIds = made.Select(c => c.Id).Concat(about.Select(c => c.Id)).Distinct().ToList();
        var fromEvents = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .SelectMany(e => e.Actors).Select(a => a.ActorId).ToListAsync(ct);
        var fromSubjects = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id))
            .SelectMany(c => c.Subjects).Select(s => s.ActorId).ToListAsync(ct);
        var fromClaimants = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id) && c.ClaimantActorId != null)
            .Select(c => c.ClaimantActorId!.Value).ToListAsync(ct);
        var counts = fromEvents.Concat(fromSubjects).Concat(fromClaimants).Where(x => x != id)
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var others = await db.Actors.AsNoTracking().Where(a => counts.Keys.Contains(a.Id)).ToListAsync(ct);

        return new ActorView(
            actor.Id, actor.Slug, actor.Name, actor.Kind, actor.WikidataId, Map.WikidataUrl(actor.WikidataId), actor.Description,
            actor.Aliases.OrderBy(a => a.Id).Select(a => new AliasView(a.Name, DateView.OfOptional(a.ValidFrom), DateView.OfOptional(a.ValidTo), a.Note)).ToList(),
            actor.Affiliations.Select(f => new AffiliationView(Map.Ref(f.Organisation), f.Role, DateView.OfOptional(f.From), DateView.OfOptional(f.To))).ToList(),
            members.Select(Map.Ref).ToList(),
            made.Select(Map.Ref).ToList(),
            about.Select(Map.Ref).ToList(),
            events.Select(x => new EventRoleView(Map.Ref(x.Event), x.Role)).ToList(),
            others.Select(o => new CoOccurrenceView(Map.Ref(o), counts[o.Id])).OrderByDescending(c => c.Count).ThenBy(c => c.Actor.Name).Take(12).ToList(),
            actor.Revision, actor.UpdatedAt);
    }
}
