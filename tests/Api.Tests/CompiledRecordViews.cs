using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// The record views as the EF queries of EventRecordQueries, ActorRecordQueries and ArticleRecordQueries built them
/// before the records were read through RecordBatch (the same LINQ, not compiled): the reference <see cref="RecordReadTests"/>
/// compares the host's reads with.
/// </summary>
internal static class CompiledRecordViews
{
    private sealed record EventHead(Event Event, Era? Era, int Articles, int Outlets, int Origins, int Claims);

    private sealed record EventActorRow(string Role, int Id, string Slug, string Name, ActorKind Kind);

    private sealed record CoverageRow(int Id, string Slug, string Headline, PartialDate PublishedOn, Outlet Outlet, Outlet Origin);

    private sealed record ClaimRow(Claim Claim, Actor? Actor, Outlet? Outlet, int Outlets, int Origins, DateTime FirstSeen);

    public static async Task<EventView?> EventAsync(NewsTreatyDbContext db, string key)
    {
        var id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var byId)
            ? byId
            : await db.Events.Where(e => e.Slug == key).Select(e => (int?)e.Id).FirstOrDefaultAsync();
        var head = await db.Events.AsNoTracking().Where(e => e.Id == id).Select(e => new EventHead(
            e, e.Era, e.Articles.Count(), e.Articles.Select(a => a.Article.OutletId).Distinct().Count(),
            e.Articles.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().Count(), db.Set<ClaimEvent>().Count(c => c.EventId == e.Id)))
            .FirstOrDefaultAsync();
        if (head is null)
        {
            return null;
        }

        var ev = head.Event;
        var actors = await db.Set<EventActor>().AsNoTracking().Where(a => a.EventId == ev.Id).OrderBy(a => a.ActorId)
            .Select(a => new EventActorRow(a.Role, a.Actor.Id, a.Actor.Slug, a.Actor.Name, a.Actor.Kind)).ToListAsync();
        var earliest = await (
            from link in db.Set<EventArticle>().AsNoTracking()
            where link.EventId == ev.Id
            join origin in db.Outlets.AsNoTracking() on link.Article.OriginOutletId ?? link.Article.OutletId equals origin.Id
            orderby link.Article.PublishedUtc, link.ArticleId
            select new CoverageRow(link.Article.Id, link.Article.Slug, link.Article.Headline, link.Article.PublishedOn, link.Article.Outlet, origin))
            .Take(EventQueries.CoverageShown).ToListAsync();
        var newest = await (
            from link in db.Set<ClaimEvent>().AsNoTracking()
            where link.EventId == ev.Id
            join c in db.Claims.AsNoTracking() on link.ClaimId equals c.Id
            orderby link.FirstSeenUtc descending, link.ClaimId descending
            select new ClaimRow(c, c.ClaimantActor, c.ClaimantOutlet, c.OutletCount, c.OriginCount, c.FirstSeenUtc))
            .Take(EventQueries.ClaimsShown).ToListAsync();

        return new EventView(
            ev.Id, ev.Slug, ev.Kind, ev.Title, ev.Summary, DateView.Of(ev.Date), DateView.OfOptional(ev.EndDate), ev.Place, ev.Importance,
            head.Era is { } era ? new EraView(era.Id, era.Slug, era.Name, DateView.Of(era.Start), DateView.OfOptional(era.End), era.Summary) : null,
            actors.OrderBy(a => a.Role).ThenBy(a => a.Name).Select(a => new ActorRoleView(new ActorRef(a.Id, a.Slug, a.Name, a.Kind), a.Role)).ToList(),
            earliest.Select(a => new CoverageView(Ref(a.Outlet), new ArticleRef(a.Id, a.Slug, a.Headline, a.Outlet.Name, DateView.Of(a.PublishedOn)), Ref(a.Origin),
                a.Origin.Id == a.Outlet.Id)).ToList(),
            head.Articles, head.Outlets, newest.Select(Summary).ToList(), head.Claims, head.Origins, ev.Revision, ev.UpdatedAt);
    }

    private static OutletRef Ref(Outlet o) => new(o.Id, o.Slug, o.Name, o.Country, o.Kind, o.StateAffiliated);

    private static ClaimSummaryView Summary(ClaimRow r) => new(
        r.Claim.Id, r.Claim.Slug, r.Claim.Text, r.Claim.Kind,
        r.Actor is { } actor
            ? new ClaimantView("actor", actor.Id, actor.Slug, actor.Name, r.Claim.ClaimantInferred, r.Claim.ClaimantNote, actor.Kind)
            : new ClaimantView("outlet", r.Outlet!.Id, r.Outlet.Slug, r.Outlet.Name, r.Claim.ClaimantInferred, r.Claim.ClaimantNote),
        r.Claim.Hedging, r.Claim.Status, new CorroborationView(r.Outlets, r.Origins),
        r.FirstSeen == DateTime.MinValue ? null : DateTime.SpecifyKind(r.FirstSeen, DateTimeKind.Utc), r.Claim.Revision);
}
