using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Articles;

public sealed partial class ArticleQueries(NewsTreatyDbContext db)
{
    /// <summary>How many of an article's claims, in the order they appear in its text, its record lists.</summary>
    public const int ClaimsShown = 200;

    /// <summary>Every article, newest first: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<ArticleSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new ArticleFilter(), limit, cursor, ct);

    public async Task<ArticleView?> GetAsync(string key, CancellationToken ct)
    {
        var compiled = PerModel<ArticleRecordQueries>.For(db);
        var article = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var byId)
            ? await compiled.ById(db, byId)
            : await compiled.IdOfSlug(db, key) is { } bySlug ? await compiled.ById(db, bySlug) : null;
        if (article is null)
        {
            return null;
        }

        var id = article.Id;
        var origin = article.Origin is { } o && o.Id != article.Outlet.Id ? Map.Ref(o) : null;
        var relations = await compiled.Relations(db, id).ToListAsync(ct);
        var dependants = await compiled.Dependants(db, id).ToListAsync(ct);

        // The first ClaimsShown claims in reading order (each claim's first position). A wire story quoted across a
        // large corpus can carry thousands of claims; the claim list filtered by article pages through them all.
        var order = await compiled.ClaimOrder(db, id, ClaimsShown).ToListAsync(ct);
        var claims = (await compiled.Claims(db, order).ToListAsync(ct)).ToDictionary(c => c.Claim.Id);
        var subjects = (await compiled.Subjects(db, order).ToListAsync(ct)).ToLookup(s => s.Owner, s => s.Actor);
        var events = await compiled.Events(db, id).ToListAsync(ct);
        var eventActors = (await compiled.EventActors(db, id).ToListAsync(ct)).ToLookup(a => a.Owner, a => a.Actor);

        // Everyone named: each claim's subjects and claimant, in reading order, then each event's actors, once each, by name.
        var actors = order.SelectMany(c => subjects[c].Append(Claimant(claims[c])))
            .Concat(events.SelectMany(e => eventActors[e.Id]))
            .OfType<ActorRef>().DistinctBy(a => a.Id).OrderBy(a => a.Name).ToList();

        return new ArticleView(
            article.Id, article.Slug, article.Headline, article.PrintHeadline, article.Standfirst, Map.Ref(article.Outlet),
            origin, article.Genre, article.Byline, article.Section, article.Dateline, article.Language,
            article.CanonicalUrl, article.Summary,
            Map.Published(article.PublishedOn, article.PublishedTime, article.TimeZone, article.DateBasis, article.DateNote, article.PublishedUtc),
            relations.Select(r => new RelationView(r.Kind,
                r.ArticleId is { } target ? new ArticleRef(target, r.ArticleSlug!, r.Headline!, r.ArticleOutletName!, DateView.Of(r.PublishedOn!)) : null,
                r.Outlet is null ? null : Map.Ref(r.Outlet), r.Note)).ToList(),
            dependants.Select(d => new RelationView(d.Kind,
                new ArticleRef(d.Id, d.Slug, d.Headline, d.Outlet.Name, DateView.Of(d.PublishedOn)), Map.Ref(d.Outlet), d.Note)).ToList(),
            article.SourceName, article.SourceSha256, article.HasText,
            order.Select(c => claims[c].Claim).ToList(), article.Claims, actors, events, article.Revision, article.UpdatedAt);
    }

    private static ActorRef? Claimant(ArticleRecordQueries.ClaimRow c) =>
        c.ActorId is { } actor ? new ActorRef(actor, c.ActorSlug!, c.ActorName!, c.ActorKind!.Value) : null;
}
