using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Articles;

/// <summary>
/// The compiled queries behind one article's record (<see cref="ArticleQueries.GetAsync"/>): the article's shown columns
/// (never its text: only whether it has one), outlet, origin outlet and claim count in one statement, then one
/// projection per list. The article's events come from the links' article index (before: every event was tested for a
/// link to the article, with every event's actors joined, 10–30 ms at 20,000 events).
/// </summary>
internal sealed class ArticleRecordQueries
{
    internal sealed record Head(
        int Id, string Slug, string Headline, string? PrintHeadline, string? Standfirst, Outlet Outlet, Outlet? Origin, Genre Genre,
        string? Byline, string? Section, string? Dateline, string Language, string? CanonicalUrl, string? Summary,
        PartialDate PublishedOn, TimeOnly? PublishedTime, string? TimeZone, DateBasis DateBasis, string? DateNote, DateTime PublishedUtc,
        string? SourceName, string? SourceSha256, bool HasText, int Revision, DateTime UpdatedAt, int Claims);

    internal sealed record RelationRow(
        ArticleRelationKind Kind, string? Note, int? ArticleId, string? ArticleSlug, string? Headline, string? ArticleOutletName, PartialDate? PublishedOn,
        Outlet? Outlet);

    internal sealed record DependantRow(ArticleRelationKind Kind, string? Note, int Id, string Slug, string Headline, PartialDate PublishedOn, Outlet Outlet);

    internal sealed record ClaimRow(ClaimRef Claim, int? ActorId, string? ActorSlug, string? ActorName, ActorKind? ActorKind);

    internal sealed record ActorRow(int Owner, ActorRef Actor);

    public readonly Func<NewsTreatyDbContext, string, Task<int?>> IdOfSlug =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, string slug) => db.Articles.Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefault());

    /// <summary>The origin outlet comes whatever it is; the record names it only when it differs from the outlet.</summary>
    public readonly Func<NewsTreatyDbContext, int, Task<Head?>> ById =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => (
            from a in db.Articles.AsNoTracking()
            where a.Id == id
            join o in db.Outlets.AsNoTracking() on a.OriginOutletId equals (int?)o.Id into origins
            from origin in origins.DefaultIfEmpty()
            select new Head(
                a.Id, a.Slug, a.Headline, a.PrintHeadline, a.Standfirst, a.Outlet, origin, a.Genre,
                a.Byline, a.Section, a.Dateline, a.Language, a.CanonicalUrl, a.Summary,
                a.PublishedOn, a.PublishedTime, a.TimeZone, a.DateBasis, a.DateNote, a.PublishedUtc,
                a.SourceName, a.SourceSha256, a.Text != null, a.Revision, a.UpdatedAt,
                db.Appearances.Where(x => x.ArticleId == a.Id).Select(x => x.ClaimId).Distinct().Count())).FirstOrDefault());

    /// <summary>The article's own relations, each with the shown columns of its target article or outlet.</summary>
    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<RelationRow>> Relations =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Set<ArticleRelation>().AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Id)
            .Select(r => new RelationRow(r.Kind, r.Note, r.TargetArticle!.Id, r.TargetArticle.Slug, r.TargetArticle.Headline, r.TargetArticle.Outlet.Name,
                r.TargetArticle.PublishedOn, r.TargetOutlet)));

    /// <summary>Copies and relays of this article: their relation and the few columns shown, never their text.</summary>
    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<DependantRow>> Dependants =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) =>
            from r in db.Set<ArticleRelation>().AsNoTracking()
            where r.TargetArticleId == id
            join d in db.Articles.AsNoTracking() on r.ArticleId equals d.Id
            orderby d.Id, r.Id
            select new DependantRow(r.Kind, r.Note, d.Id, d.Slug, d.Headline, d.PublishedOn, d.Outlet));

    /// <summary>The first claims in reading order: each claim's first position in the article.</summary>
    public readonly Func<NewsTreatyDbContext, int, int, IAsyncEnumerable<int>> ClaimOrder =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id, int take) => db.Appearances.AsNoTracking().Where(a => a.ArticleId == id)
            .GroupBy(a => a.ClaimId).Select(g => new { ClaimId = g.Key, Start = g.Min(a => a.Start) })
            .OrderBy(x => x.Start).ThenBy(x => x.ClaimId).Take(take).Select(x => x.ClaimId));

    public readonly Func<NewsTreatyDbContext, List<int>, IAsyncEnumerable<ClaimRow>> Claims =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, List<int> ids) => db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ClaimRow(new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status),
                c.ClaimantActorId, c.ClaimantActor!.Slug, c.ClaimantActor.Name, (ActorKind?)c.ClaimantActor.Kind)));

    public readonly Func<NewsTreatyDbContext, List<int>, IAsyncEnumerable<ActorRow>> Subjects =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, List<int> ids) => db.Set<ClaimSubject>().AsNoTracking().Where(s => ids.Contains(s.ClaimId))
            .OrderBy(s => s.ClaimId).ThenBy(s => s.ActorId)
            .Select(s => new ActorRow(s.ClaimId, new ActorRef(s.Actor.Id, s.Actor.Slug, s.Actor.Name, s.Actor.Kind))));

    /// <summary>The article's events in date order, from the links' article index.</summary>
    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<EventRef>> Events =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) =>
            from link in db.Set<EventArticle>().AsNoTracking()
            where link.ArticleId == id
            join e in db.Events.AsNoTracking() on link.EventId equals e.Id
            orderby e.StartsOn, e.Id
            select new EventRef(e.Id, e.Slug, e.Title, DateView.Of(e.Date), e.Kind));

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<ActorRow>> EventActors =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) =>
            from link in db.Set<EventArticle>().AsNoTracking()
            where link.ArticleId == id
            join a in db.Set<EventActor>().AsNoTracking() on link.EventId equals a.EventId
            orderby a.EventId, a.ActorId
            select new ActorRow(a.EventId, new ActorRef(a.Actor.Id, a.Actor.Slug, a.Actor.Name, a.Actor.Kind)));
}
