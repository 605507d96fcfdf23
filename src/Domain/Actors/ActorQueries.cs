using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;
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
        var compiled = PerModel<ActorRecordQueries>.For(db);
        var head = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var byId)
            ? await compiled.ById(db, byId)
            : await compiled.IdOfSlug(db, key) is { } bySlug ? await compiled.ById(db, bySlug) : null;
        if (head is null)
        {
            return null;
        }

        var actor = head.Actor;
        var id = actor.Id;
        var aliases = await compiled.Aliases(db, id).ToListAsync(ct);
        var affiliations = await compiled.Affiliations(db, id).ToListAsync(ct);
        var members = await compiled.Members(db, id).ToListAsync(ct);

        // A head actor is in a quarter of a large corpus: the record shows how many claims there are and the
        // newest few (both from the (actor, first seen) indexes); the claim list filtered by actor pages the rest.
        var made = await compiled.Made(db, id, ClaimsShown).ToListAsync(ct);
        var about = await compiled.About(db, id, ClaimsShown).ToListAsync(ct);
        var events = await compiled.Events(db, id).ToListAsync(ct);

        // Co-occurrence: other actors sharing an event or one of the newest claims (as claimant or subject) with this
        // one, each event and each claim counted once. The claims made all have this actor as claimant.
        var claimIds = made.Select(c => c.Id).Concat(about.Select(a => a.Claim.Id)).Distinct().ToList();
        var fromEvents = await compiled.EventPartners(db, id).ToListAsync(ct);
        var fromSubjects = await compiled.SubjectsOf(db, claimIds).ToListAsync(ct);
        var fromClaimants = about.Where(a => a.ClaimantActorId is not null).Select(a => a.ClaimantActorId!.Value);
        var counts = fromEvents.Concat(fromSubjects).Concat(fromClaimants).Where(x => x != id)
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(CoOccurringShown * 4).Select(c => c.Key).ToList();
        var others = (await compiled.Refs(db, top).ToListAsync(ct)).OrderBy(o => o.Id);

        return new ActorView(
            actor.Id, actor.Slug, actor.Name, actor.Kind, actor.WikidataId, Map.WikidataUrl(actor.WikidataId), actor.Description,
            aliases,
            affiliations.Select(f => new AffiliationView(new ActorRef(f.OrganisationId, f.Slug, f.Name, f.Kind), f.Role, DateView.OfOptional(f.From), DateView.OfOptional(f.To))).ToList(),
            members,
            made,
            head.Made,
            about.Select(a => a.Claim).ToList(),
            head.About,
            events.Select(x => new EventRoleView(new EventRef(x.Id, x.Slug, x.Title, DateView.Of(x.Date), x.Kind), x.Role)).ToList(),
            others.Select(o => new CoOccurrenceView(o, counts[o.Id])).OrderByDescending(c => c.Count).ThenBy(c => c.Actor.Name).Take(CoOccurringShown).ToList(),
            actor.Revision, actor.UpdatedAt);
    }
}
