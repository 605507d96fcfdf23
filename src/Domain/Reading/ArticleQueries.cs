using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Reading;

public sealed partial class ArticleQueries(NewsTreatyDbContext db)
{
    /// <summary>Newest first, keyset-paged on (published, id).</summary>
    public async Task<Page<ArticleSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var query = db.Articles.AsNoTracking().Include(a => a.Outlet).AsQueryable();
        if (Cursor.Decode(cursor, 2) is [var ticks, var idText])
        {
            var published = new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var id = int.Parse(idText, CultureInfo.InvariantCulture);
            query = query.Where(a => a.PublishedUtc < published || (a.PublishedUtc == published && a.Id < id));
        }

        var rows = await query.OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id).Take(take + 1).ToListAsync(ct);
        var items = rows.Take(take).Select(Map.Summary).ToList();
        return new Page<ArticleSummaryView>(items, rows.Count > take ? Cursor.Encode(rows[take - 1].PublishedUtc.Ticks, rows[take - 1].Id) : null);
    }

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
        var claims = await db.Claims.AsNoTracking().Where(c => c.Appearances.Any(a => a.ArticleId == id))
            .Include(c => c.Subjects).ThenInclude(s => s.Actor).Include(c => c.ClaimantActor).AsSplitQuery()
            .OrderBy(c => c.Appearances.Where(a => a.ArticleId == id).Min(a => a.Start)).ToListAsync(ct);
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
            claims.Select(Map.Ref).ToList(), actors, events.Select(Map.Ref).ToList(), article.Revision, article.UpdatedAt);
    }
}
