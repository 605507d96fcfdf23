using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Search;

/// <summary>One ranked result of a search across claims, events, actors and articles.</summary>
public sealed record SearchHitView(string Type, int Id, string Slug, string Title, double Rank);

/// <summary>Full-text search across all four resources, best matches first.</summary>
public sealed class SearchQueries(NewsTreatyDbContext db)
{
    public async Task<IReadOnlyList<SearchHitView>> SearchAsync(string q, int? limit, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit, @default: 20, max: 100);
        var terms = FullText.Terms(q);
        // Each resource's best hits are cut inside its full-text query; only those rows are joined for their titles.
        var claims = await Top(FullText.Claims(db, terms), take).Join(db.Claims.AsNoTracking(), h => h.Id, c => c.Id, (h, c) => new { c.Id, c.Slug, Title = c.Text, h.Rank }).ToListAsync(ct);
        var events = await Top(FullText.Events(db, terms), take).Join(db.Events.AsNoTracking(), h => h.Id, e => e.Id, (h, e) => new { e.Id, e.Slug, e.Title, h.Rank }).ToListAsync(ct);
        var actors = await Top(FullText.Actors(db, terms), take).Join(db.Actors.AsNoTracking(), h => h.Id, a => a.Id, (h, a) => new { a.Id, a.Slug, Title = a.Name, h.Rank }).ToListAsync(ct);
        var articles = await Top(FullText.Articles(db, terms), take).Join(db.Articles.AsNoTracking(), h => h.Id, a => a.Id, (h, a) => new { a.Id, a.Slug, Title = a.Headline, h.Rank }).ToListAsync(ct);

        return claims.Select(x => new SearchHitView("claim", x.Id, x.Slug, x.Title, x.Rank))
            .Concat(events.Select(x => new SearchHitView("event", x.Id, x.Slug, x.Title, x.Rank)))
            .Concat(actors.Select(x => new SearchHitView("actor", x.Id, x.Slug, x.Title, x.Rank)))
            .Concat(articles.Select(x => new SearchHitView("article", x.Id, x.Slug, x.Title, x.Rank)))
            .OrderByDescending(h => h.Rank).ThenBy(h => h.Type, StringComparer.Ordinal).ThenBy(h => h.Id).Take(take).ToList();
    }

    private static IQueryable<FtsHit> Top(IQueryable<FtsHit> hits, int take) => hits.OrderByDescending(h => h.Rank).ThenBy(h => h.Id).Take(take);
}
