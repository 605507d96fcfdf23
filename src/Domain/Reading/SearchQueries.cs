using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Reading;

/// <summary>One ranked result of a search across claims, events, actors and articles.</summary>
public sealed record SearchHitView(string Type, int Id, string Slug, string Title, double Rank);

/// <summary>Full-text search across all four resources, best matches first.</summary>
public sealed class SearchQueries(NewsTreatyDbContext db)
{
    public async Task<IReadOnlyList<SearchHitView>> SearchAsync(string q, int? limit, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit, @default: 20, max: 100);
        var terms = FullText.Terms(q);
        var claims = await db.Claims.AsNoTracking().Join(FullText.Claims(db, terms), c => c.Id, h => h.Id, (c, h) => new { c.Id, c.Slug, Title = c.Text, h.Rank })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Id).Take(take).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().Join(FullText.Events(db, terms), e => e.Id, h => h.Id, (e, h) => new { e.Id, e.Slug, e.Title, h.Rank })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Id).Take(take).ToListAsync(ct);
        var actors = await db.Actors.AsNoTracking().Join(FullText.Actors(db, terms), a => a.Id, h => h.Id, (a, h) => new { a.Id, a.Slug, Title = a.Name, h.Rank })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Id).Take(take).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Join(FullText.Articles(db, terms), a => a.Id, h => h.Id, (a, h) => new { a.Id, a.Slug, Title = a.Headline, h.Rank })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Id).Take(take).ToListAsync(ct);

        return claims.Select(x => new SearchHitView("claim", x.Id, x.Slug, x.Title, x.Rank))
            .Concat(events.Select(x => new SearchHitView("event", x.Id, x.Slug, x.Title, x.Rank)))
            .Concat(actors.Select(x => new SearchHitView("actor", x.Id, x.Slug, x.Title, x.Rank)))
            .Concat(articles.Select(x => new SearchHitView("article", x.Id, x.Slug, x.Title, x.Rank)))
            .OrderByDescending(h => h.Rank).ThenBy(h => h.Type, StringComparer.Ordinal).ThenBy(h => h.Id).Take(take).ToList();
    }
}
