using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Actors;

public sealed partial class ActorQueries
{
    /// <summary>Actors matching <paramref name="filter"/>: best name match first with Q, else in id order.</summary>
    public async Task<Page<ActorSummaryView>> SearchAsync(ActorFilter filter, int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var actors = db.Actors.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            actors = actors.Where(a => a.Kind == kind);
        }

        var terms = string.IsNullOrWhiteSpace(filter.Q) ? null : FullText.Terms(filter.Q);
        var tag = terms is null ? "id" : "relevance";
        var keyed = terms is null
            ? actors.Select(a => new FtsHit { Id = a.Id, Rank = 0 })
            : actors.Join(FullText.Actors(db, terms), a => a.Id, h => h.Id, (a, h) => new FtsHit { Id = a.Id, Rank = h.Rank });
        if (SortedCursor.Decode(cursor, tag) is var (key, afterId))
        {
            var rank = SortedCursor.Double(key);
            keyed = keyed.Where(k => k.Rank < rank || (k.Rank == rank && k.Id > afterId));
        }

        var rows = await keyed.OrderByDescending(k => k.Rank).ThenBy(k => k.Id).Take(take + 1).ToListAsync(ct);
        var ids = rows.Take(take).Select(r => r.Id).ToList();
        var found = await db.Actors.AsNoTracking().Include(a => a.Aliases).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var next = rows.Count > take ? SortedCursor.Encode(tag, SortedCursor.Key(rows[take - 1].Rank), rows[take - 1].Id) : null;
        return new Page<ActorSummaryView>(ids.Select(id => Map.Summary(found[id])).ToList(), next);
    }
}
