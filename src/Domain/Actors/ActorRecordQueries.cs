using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Actors;

/// <summary>
/// The compiled queries behind one actor's record (<see cref="ActorQueries.GetAsync"/>): the actor with both claim
/// counts in one statement, then one projection per list, each a bounded read of an index on the actor's id. Members
/// are read from the affiliations' organisation index (before: every actor was tested for an affiliation, 15–60 ms at
/// 50,000 actors), and the claims about the actor come with their claimants in one join.
/// </summary>
internal sealed class ActorRecordQueries
{
    internal sealed record Head(Actor Actor, int Made, int About);

    internal sealed record AffiliationRow(int OrganisationId, string Slug, string Name, ActorKind Kind, string? Role, PartialDate? From, PartialDate? To);

    internal sealed record AboutRow(ClaimRef Claim, int? ClaimantActorId);

    internal sealed record EventRow(int Id, string Slug, string Title, PartialDate Date, EventKind Kind, string Role);

    public readonly Func<NewsTreatyDbContext, string, Task<int?>> IdOfSlug =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, string slug) => db.Actors.Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefault());

    public readonly Func<NewsTreatyDbContext, int, Task<Head?>> ById =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new Head(a, db.Claims.Count(c => c.ClaimantActorId == a.Id), db.Set<ClaimSubject>().Count(s => s.ActorId == a.Id))).FirstOrDefault());

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<AliasView>> Aliases =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Set<ActorAlias>().AsNoTracking().Where(a => a.ActorId == id).OrderBy(a => a.Id)
            .Select(a => new AliasView(a.Name, a.Kind, DateView.OfOptional(a.ValidFrom), DateView.OfOptional(a.ValidTo), a.Note)));

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<AffiliationRow>> Affiliations =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Set<ActorAffiliation>().AsNoTracking().Where(f => f.ActorId == id).OrderBy(f => f.Id)
            .Select(f => new AffiliationRow(f.Organisation.Id, f.Organisation.Slug, f.Organisation.Name, f.Organisation.Kind, f.Role, f.From, f.To)));

    /// <summary>The organisation's members by name, from the affiliations' organisation index.</summary>
    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<ActorRef>> Members =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Actors.AsNoTracking()
            .Where(a => db.Set<ActorAffiliation>().Where(f => f.OrganisationId == id).Select(f => f.ActorId).Contains(a.Id))
            .OrderBy(a => a.Name).ThenBy(a => a.Id).Select(a => new ActorRef(a.Id, a.Slug, a.Name, a.Kind)));

    public readonly Func<NewsTreatyDbContext, int, int, IAsyncEnumerable<ClaimRef>> Made =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id, int take) => db.Claims.AsNoTracking().Where(c => c.ClaimantActorId == id)
            .OrderByDescending(c => c.FirstSeenUtc).ThenByDescending(c => c.Id).Select(c => new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status)).Take(take));

    public readonly Func<NewsTreatyDbContext, int, int, IAsyncEnumerable<AboutRow>> About =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id, int take) => (
            from s in db.Set<ClaimSubject>().AsNoTracking()
            where s.ActorId == id
            join c in db.Claims.AsNoTracking() on s.ClaimId equals c.Id
            orderby s.FirstSeenUtc descending, s.ClaimId descending
            select new AboutRow(new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status), c.ClaimantActorId)).Take(take));

    /// <summary>The actor's events in date order (the same statement shape as before, so ties keep their order).</summary>
    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<EventRow>> Events =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Events.AsNoTracking()
            .SelectMany(e => e.Actors.Where(a => a.ActorId == id), (e, a) => new { Event = e, a.Role })
            .OrderBy(x => x.Event.StartsOn)
            .Select(x => new EventRow(x.Event.Id, x.Event.Slug, x.Event.Title, x.Event.Date, x.Event.Kind, x.Role)));

    /// <summary>Every actor of every event the actor is in, once per event (the actor itself included).</summary>
    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<int>> EventPartners =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) =>
            from mine in db.Set<EventActor>().AsNoTracking()
            where mine.ActorId == id
            join other in db.Set<EventActor>().AsNoTracking() on mine.EventId equals other.EventId
            select other.ActorId);

    public readonly Func<NewsTreatyDbContext, List<int>, IAsyncEnumerable<int>> SubjectsOf =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, List<int> claims) =>
            db.Set<ClaimSubject>().AsNoTracking().Where(s => claims.Contains(s.ClaimId)).Select(s => s.ActorId));

    public readonly Func<NewsTreatyDbContext, List<int>, IAsyncEnumerable<ActorRef>> Refs =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, List<int> ids) =>
            db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new ActorRef(a.Id, a.Slug, a.Name, a.Kind)));
}
