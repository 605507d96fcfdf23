using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Querying;

/// <summary>Entity → view conversions shared by the query services.</summary>
internal static class Map
{
    public static OutletRef Ref(Outlet o) => new(o.Id, o.Slug, o.Name, o.Country, o.Kind, o.StateAffiliated);

    public static ActorRef Ref(Actor a) => new(a.Id, a.Slug, a.Name, a.Kind);

    public static ArticleRef Ref(Article a) => new(a.Id, a.Slug, a.Headline, a.Outlet.Name, DateView.Of(a.PublishedOn));

    public static EventRef Ref(Event e) => new(e.Id, e.Slug, e.Title, DateView.Of(e.Date), e.Kind);

    public static ClaimRef Ref(Claim c) => new(c.Id, c.Slug, c.Text, c.Kind, c.Status);

    public static PublishedView Published(Article a) => Published(a.PublishedOn, a.PublishedTime, a.TimeZone, a.DateBasis, a.DateNote, a.PublishedUtc);

    public static PublishedView Published(PartialDate on, TimeOnly? time, string? timeZone, DateBasis basis, string? note, DateTime utc) => new(
        DateView.Of(on), time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), timeZone, basis, note, utc);

    public static ArticleSummaryView Summary(Article a) =>
        new(a.Id, a.Slug, a.Headline, Ref(a.Outlet), a.Genre, a.Byline, Published(a), a.Revision);

    public static ActorSummaryView Summary(Actor a) =>
        new(a.Id, a.Slug, a.Name, a.Kind, a.WikidataId, a.Description, a.Aliases.Select(x => x.Name).ToList(), a.Revision);

    public static ClaimantView Claimant(Claim c) => Claimant(c, c.ClaimantActor, c.ClaimantOutlet);

    public static ClaimantView Claimant(Claim c, Actor? actor, Outlet? outlet) => actor is not null
        ? new ClaimantView("actor", actor.Id, actor.Slug, actor.Name, c.ClaimantInferred, c.ClaimantNote, actor.Kind)
        : new ClaimantView("outlet", outlet!.Id, outlet.Slug, outlet.Name, c.ClaimantInferred, c.ClaimantNote);

    public static QuantityView Quantity(ClaimQuantity q) => new(q.Value, q.Unit, q.Approximate, q.Text, q.Magnitude);

    public static EraView Era(Era e) => new(e.Id, e.Slug, e.Name, DateView.Of(e.Start), DateView.OfOptional(e.End), e.Summary);

    public static string? WikidataUrl(string? qid) => qid is null ? null : "https://www.wikidata.org/wiki/" + qid;
}
