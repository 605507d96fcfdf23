using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Events;

/// <summary>
/// The compiled queries behind one event's record (<see cref="EventQueries.GetAsync"/>): the event with its era and
/// every count in one statement, then its actors, its earliest coverage and its newest claims, each one projection of
/// the columns shown. A cache miss costs four short statements and no LINQ translation.
/// </summary>
internal sealed class EventRecordQueries
{
    internal sealed record Head(Event Event, Era? Era, int Articles, int Outlets, int Origins, int Claims);

    internal sealed record ActorRow(string Role, int Id, string Slug, string Name, ActorKind Kind);

    internal sealed record CoverageRow(int Id, string Slug, string Headline, PartialDate PublishedOn, Outlet Outlet, Outlet Origin);

    public readonly Func<NewsTreatyDbContext, string, Task<int?>> IdOfSlug =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, string slug) => db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).FirstOrDefault());

    public readonly Func<NewsTreatyDbContext, int, Task<Head?>> ById =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Events.AsNoTracking().Where(e => e.Id == id).Select(e => new Head(
            e, e.Era, e.Articles.Count(), e.Articles.Select(a => a.Article.OutletId).Distinct().Count(),
            e.Articles.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().Count(), db.Set<ClaimEvent>().Count(c => c.EventId == e.Id)))
            .FirstOrDefault());

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<ActorRow>> Actors =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Set<EventActor>().AsNoTracking().Where(a => a.EventId == id).OrderBy(a => a.ActorId)
            .Select(a => new ActorRow(a.Role, a.Actor.Id, a.Actor.Slug, a.Actor.Name, a.Actor.Kind)));

    /// <summary>The earliest coverage with each article's outlet and origin outlet: never an article's text.</summary>
    public readonly Func<NewsTreatyDbContext, int, int, IAsyncEnumerable<CoverageRow>> Coverage =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id, int take) => (
            from link in db.Set<EventArticle>().AsNoTracking()
            where link.EventId == id
            join origin in db.Outlets.AsNoTracking() on link.Article.OriginOutletId ?? link.Article.OutletId equals origin.Id
            orderby link.Article.PublishedUtc, link.ArticleId
            select new CoverageRow(link.Article.Id, link.Article.Slug, link.Article.Headline, link.Article.PublishedOn, link.Article.Outlet, origin))
            .Take(take));

    /// <summary>The newest claims of the event with their claimants: one bounded range of the (event, first seen, claim) index.</summary>
    public readonly Func<NewsTreatyDbContext, int, int, IAsyncEnumerable<ClaimQueries.Row>> NewestClaims =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id, int take) => (
            from link in db.Set<ClaimEvent>().AsNoTracking()
            where link.EventId == id
            join c in db.Claims.AsNoTracking() on link.ClaimId equals c.Id
            orderby link.FirstSeenUtc descending, link.ClaimId descending
            select new ClaimQueries.Row(c, c.ClaimantActor, c.ClaimantOutlet, c.OutletCount, c.OriginCount, c.FirstSeenUtc))
            .Take(take));
}
