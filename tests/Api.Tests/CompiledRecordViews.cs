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

    private sealed record ActorHead(Actor Actor, int Made, int About);

    private sealed record AffiliationRow(int OrganisationId, string Slug, string Name, ActorKind Kind, string? Role, PartialDate? From, PartialDate? To);

    private sealed record AboutRow(ClaimRef Claim, int? ClaimantActorId);

    private sealed record ActorEventRow(int Id, string Slug, string Title, PartialDate Date, EventKind Kind, string Role);

    public static async Task<ActorView?> ActorAsync(NewsTreatyDbContext db, string key)
    {
        var id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var byId)
            ? byId
            : await db.Actors.Where(a => a.Slug == key).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        var head = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActorHead(a, db.Claims.Count(c => c.ClaimantActorId == a.Id), db.Set<ClaimSubject>().Count(s => s.ActorId == a.Id))).FirstOrDefaultAsync();
        if (head is null)
        {
            return null;
        }

        var actor = head.Actor;
        var aliases = await db.Set<ActorAlias>().AsNoTracking().Where(a => a.ActorId == id).OrderBy(a => a.Id)
            .Select(a => new AliasView(a.Name, a.Kind, DateView.OfOptional(a.ValidFrom), DateView.OfOptional(a.ValidTo), a.Note)).ToListAsync();
        var affiliations = await db.Set<ActorAffiliation>().AsNoTracking().Where(f => f.ActorId == id).OrderBy(f => f.Id)
            .Select(f => new AffiliationRow(f.Organisation.Id, f.Organisation.Slug, f.Organisation.Name, f.Organisation.Kind, f.Role, f.From, f.To)).ToListAsync();
        var members = await db.Actors.AsNoTracking()
            .Where(a => db.Set<ActorAffiliation>().Where(f => f.OrganisationId == id).Select(f => f.ActorId).Contains(a.Id))
            .OrderBy(a => a.Name).ThenBy(a => a.Id).Select(a => new ActorRef(a.Id, a.Slug, a.Name, a.Kind)).ToListAsync();
        var made = await db.Claims.AsNoTracking().Where(c => c.ClaimantActorId == id)
            .OrderByDescending(c => c.FirstSeenUtc).ThenByDescending(c => c.Id).Select(c => new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status))
            .Take(ActorQueries.ClaimsShown).ToListAsync();
        var about = await (
            from s in db.Set<ClaimSubject>().AsNoTracking()
            where s.ActorId == id
            join c in db.Claims.AsNoTracking() on s.ClaimId equals c.Id
            orderby s.FirstSeenUtc descending, s.ClaimId descending
            select new AboutRow(new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status), c.ClaimantActorId)).Take(ActorQueries.ClaimsShown).ToListAsync();
        var events = await db.Events.AsNoTracking()
            .SelectMany(e => e.Actors.Where(a => a.ActorId == id), (e, a) => new { Event = e, a.Role })
            .OrderBy(x => x.Event.StartsOn)
            .Select(x => new ActorEventRow(x.Event.Id, x.Event.Slug, x.Event.Title, x.Event.Date, x.Event.Kind, x.Role)).ToListAsync();

        var claimIds = made.Select(c => c.Id).Concat(about.Select(a => a.Claim.Id)).Distinct().ToList();
        var fromEvents = await (
            from mine in db.Set<EventActor>().AsNoTracking()
            where mine.ActorId == id
            join other in db.Set<EventActor>().AsNoTracking() on mine.EventId equals other.EventId
            select other.ActorId).ToListAsync();
        var fromSubjects = await db.Set<ClaimSubject>().AsNoTracking().Where(s => claimIds.Contains(s.ClaimId)).Select(s => s.ActorId).ToListAsync();
        var fromClaimants = about.Where(a => a.ClaimantActorId is not null).Select(a => a.ClaimantActorId!.Value);
        var counts = fromEvents.Concat(fromSubjects).Concat(fromClaimants).Where(x => x != id)
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(48).Select(c => c.Key).ToList();
        var others = (await db.Actors.AsNoTracking().Where(a => top.Contains(a.Id)).Select(a => new ActorRef(a.Id, a.Slug, a.Name, a.Kind)).ToListAsync())
            .OrderBy(o => o.Id);

        return new ActorView(
            actor.Id, actor.Slug, actor.Name, actor.Kind, actor.WikidataId, actor.WikidataId is null ? null : "https://www.wikidata.org/wiki/" + actor.WikidataId,
            actor.Description,
            aliases,
            affiliations.Select(f => new AffiliationView(new ActorRef(f.OrganisationId, f.Slug, f.Name, f.Kind), f.Role, DateView.OfOptional(f.From), DateView.OfOptional(f.To))).ToList(),
            members,
            made,
            head.Made,
            about.Select(a => a.Claim).ToList(),
            head.About,
            events.Select(x => new EventRoleView(new EventRef(x.Id, x.Slug, x.Title, DateView.Of(x.Date), x.Kind), x.Role)).ToList(),
            others.Select(o => new CoOccurrenceView(o, counts[o.Id])).OrderByDescending(c => c.Count).ThenBy(c => c.Actor.Name).Take(12).ToList(),
            actor.Revision, actor.UpdatedAt);
    }

    private sealed record ArticleHead(
        int Id, string Slug, string Headline, string? PrintHeadline, string? Standfirst, Outlet Outlet, Outlet? Origin, Genre Genre,
        string? Byline, string? Section, string? Dateline, string Language, string? CanonicalUrl, string? Summary,
        PartialDate PublishedOn, TimeOnly? PublishedTime, string? TimeZone, DateBasis DateBasis, string? DateNote, DateTime PublishedUtc,
        string? SourceName, string? SourceSha256, bool HasText, int Revision, DateTime UpdatedAt, int Claims);

    private sealed record RelationRow(
        ArticleRelationKind Kind, string? Note, int? ArticleId, string? ArticleSlug, string? Headline, string? ArticleOutletName, PartialDate? PublishedOn,
        Outlet? Outlet);

    private sealed record DependantRow(ArticleRelationKind Kind, string? Note, int Id, string Slug, string Headline, PartialDate PublishedOn, Outlet Outlet);

    private sealed record ArticleClaimRow(ClaimRef Claim, int? ActorId, string? ActorSlug, string? ActorName, ActorKind? ActorKind);

    private sealed record OwnedActor(int Owner, ActorRef Actor);

    public static async Task<ArticleView?> ArticleAsync(NewsTreatyDbContext db, string key)
    {
        var id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var byId)
            ? byId
            : await db.Articles.Where(a => a.Slug == key).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        var article = await (
            from a in db.Articles.AsNoTracking()
            where a.Id == id
            join o in db.Outlets.AsNoTracking() on a.OriginOutletId equals (int?)o.Id into origins
            from origin in origins.DefaultIfEmpty()
            select new ArticleHead(
                a.Id, a.Slug, a.Headline, a.PrintHeadline, a.Standfirst, a.Outlet, origin, a.Genre,
                a.Byline, a.Section, a.Dateline, a.Language, a.CanonicalUrl, a.Summary,
                a.PublishedOn, a.PublishedTime, a.TimeZone, a.DateBasis, a.DateNote, a.PublishedUtc,
                a.SourceName, a.SourceSha256, a.Text != null, a.Revision, a.UpdatedAt,
                db.Appearances.Where(x => x.ArticleId == a.Id).Select(x => x.ClaimId).Distinct().Count())).FirstOrDefaultAsync();
        if (article is null)
        {
            return null;
        }

        var originRef = article.Origin is { } og && og.Id != article.Outlet.Id ? Ref(og) : null;
        var relations = await db.Set<ArticleRelation>().AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Id)
            .Select(r => new RelationRow(r.Kind, r.Note, r.TargetArticle!.Id, r.TargetArticle.Slug, r.TargetArticle.Headline, r.TargetArticle.Outlet.Name,
                r.TargetArticle.PublishedOn, r.TargetOutlet)).ToListAsync();
        var dependants = await (
            from r in db.Set<ArticleRelation>().AsNoTracking()
            where r.TargetArticleId == id
            join d in db.Articles.AsNoTracking() on r.ArticleId equals d.Id
            orderby d.Id, r.Id
            select new DependantRow(r.Kind, r.Note, d.Id, d.Slug, d.Headline, d.PublishedOn, d.Outlet)).ToListAsync();
        var order = await db.Appearances.AsNoTracking().Where(a => a.ArticleId == id)
            .GroupBy(a => a.ClaimId).Select(g => new { ClaimId = g.Key, Start = g.Min(a => a.Start) })
            .OrderBy(x => x.Start).ThenBy(x => x.ClaimId).Take(ArticleQueries.ClaimsShown).Select(x => x.ClaimId).ToListAsync();
        var claims = (await db.Claims.AsNoTracking().Where(c => order.Contains(c.Id))
            .Select(c => new ArticleClaimRow(new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status),
                c.ClaimantActorId, c.ClaimantActor!.Slug, c.ClaimantActor.Name, (ActorKind?)c.ClaimantActor.Kind)).ToListAsync()).ToDictionary(c => c.Claim.Id);
        var subjects = (await db.Set<ClaimSubject>().AsNoTracking().Where(s => order.Contains(s.ClaimId))
            .OrderBy(s => s.ClaimId).ThenBy(s => s.ActorId)
            .Select(s => new OwnedActor(s.ClaimId, new ActorRef(s.Actor.Id, s.Actor.Slug, s.Actor.Name, s.Actor.Kind))).ToListAsync()).ToLookup(s => s.Owner, s => s.Actor);
        var events = await (
            from link in db.Set<EventArticle>().AsNoTracking()
            where link.ArticleId == id
            join e in db.Events.AsNoTracking() on link.EventId equals e.Id
            orderby e.StartsOn, e.Id
            select new EventRef(e.Id, e.Slug, e.Title, DateView.Of(e.Date), e.Kind)).ToListAsync();
        var eventActors = (await (
            from link in db.Set<EventArticle>().AsNoTracking()
            where link.ArticleId == id
            join a in db.Set<EventActor>().AsNoTracking() on link.EventId equals a.EventId
            orderby a.EventId, a.ActorId
            select new OwnedActor(a.EventId, new ActorRef(a.Actor.Id, a.Actor.Slug, a.Actor.Name, a.Actor.Kind))).ToListAsync()).ToLookup(a => a.Owner, a => a.Actor);

        var actors = order.SelectMany(c => subjects[c].Append(claims[c].ActorId is { } actor
                ? new ActorRef(actor, claims[c].ActorSlug!, claims[c].ActorName!, claims[c].ActorKind!.Value)
                : null))
            .Concat(events.SelectMany(e => eventActors[e.Id]))
            .OfType<ActorRef>().DistinctBy(a => a.Id).OrderBy(a => a.Name).ToList();

        return new ArticleView(
            article.Id, article.Slug, article.Headline, article.PrintHeadline, article.Standfirst, Ref(article.Outlet),
            originRef, article.Genre, article.Byline, article.Section, article.Dateline, article.Language,
            article.CanonicalUrl, article.Summary,
            new PublishedView(DateView.Of(article.PublishedOn), article.PublishedTime?.ToString("HH:mm", CultureInfo.InvariantCulture), article.TimeZone,
                article.DateBasis, article.DateNote, article.PublishedUtc),
            relations.Select(r => new RelationView(r.Kind,
                r.ArticleId is { } target ? new ArticleRef(target, r.ArticleSlug!, r.Headline!, r.ArticleOutletName!, DateView.Of(r.PublishedOn!)) : null,
                r.Outlet is null ? null : Ref(r.Outlet), r.Note)).ToList(),
            dependants.Select(d => new RelationView(d.Kind,
                new ArticleRef(d.Id, d.Slug, d.Headline, d.Outlet.Name, DateView.Of(d.PublishedOn)), Ref(d.Outlet), d.Note)).ToList(),
            article.SourceName, article.SourceSha256, article.HasText,
            order.Select(c => claims[c].Claim).ToList(), article.Claims, actors, events, article.Revision, article.UpdatedAt);
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
