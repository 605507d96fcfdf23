using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
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
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Outlet)
            .Include(a => a.Relations).ThenInclude(r => r.TargetArticle!).ThenInclude(t => t.Outlet)
            .Include(a => a.Relations).ThenInclude(r => r.TargetOutlet)
            .FirstOrDefaultAsync(KeyLookup.ByIdOrSlug<Article>(key), ct);
        if (article is null)
        {
            return null;
        }

        var id = article.Id;
        var origin = article.OriginOutletId is { } originId && originId != article.OutletId
            ? await db.Outlets.AsNoTracking().FirstOrDefaultAsync(o => o.Id == originId, ct)
            : null;
        var dependants = await db.Articles.AsNoTracking().Include(a => a.Outlet).Include(a => a.Relations)
            .Where(a => a.Relations.Any(r => r.TargetArticleId == id)).ToListAsync(ct);
        // The article's own appearances, grouped: first position per claim, the first ClaimsShown in reading order.
        // A wire story quoted across a large corpus can carry thousands of claims; the claim list filtered by
        // article pages through them all.
        var inArticle = db.Appearances.AsNoTracking().Where(a => a.ArticleId == id);
        var claimsCount = await inArticle.Select(a => a.ClaimId).Distinct().CountAsync(ct);
        var order = await inArticle.GroupBy(a => a.ClaimId).Select(g => new { ClaimId = g.Key, Start = g.Min(a => a.Start) })
            .OrderBy(x => x.Start).ThenBy(x => x.ClaimId).Take(ClaimsShown).Select(x => x.ClaimId).ToListAsync(ct);
        var byId = await db.Claims.AsNoTracking().Where(c => order.Contains(c.Id))
            .Include(c => c.Subjects).ThenInclude(s => s.Actor).Include(c => c.ClaimantActor).AsSplitQuery()
            .ToDictionaryAsync(c => c.Id, ct);
        var claims = order.Select(c => byId[c]).ToList();
        var events = await db.Events.AsNoTracking().Where(e => e.Articles.Any(a => a.ArticleId == id))
            .Include(e => e.Actors).ThenInclude(a => a.Actor).OrderBy(e => e.StartsOn).ToListAsync(ct);
        var actors = claims.SelectMany(c => c.Subjects.Select(s => s.Actor).Append(c.ClaimantActor))
            .Concat(events.SelectMany(e => e.Actors.Select(a => a.Actor)))
            .OfType<Actors.Actor>().DistinctBy(a => a.Id).OrderBy(a => a.Name).Select(Map.Ref).ToList();

        return new ArticleView(
            article.Id, article.Slug, article.Headline, article.PrintHeadline, article.Standfirst, Map.Ref(article.Outlet),
            origin is null ? null : Map.Ref(origin), article.Genre, article.Byline, article.Section, article.Dateline, article.Language,
            article.CanonicalUrl, article.Summary, Map.Published(article),
            article.Relations.Select(r => new RelationView(r.Kind, r.TargetArticle is null ? null : Map.Ref(r.TargetArticle),
                r.TargetOutlet is null ? null : Map.Ref(r.TargetOutlet), r.Note)).ToList(),
            dependants.SelectMany(d => d.Relations.Where(r => r.TargetArticleId == id)
                .Select(r => new RelationView(r.Kind, Map.Ref(d), Map.Ref(d.Outlet), r.Note))).ToList(),
            article.SourceName, article.SourceSha256, article.Text is not null,
            claims.Select(Map.Ref).ToList(), claimsCount, actors, events.Select(Map.Ref).ToList(), article.Revision, article.UpdatedAt);
    }
}
