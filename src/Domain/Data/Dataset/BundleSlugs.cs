using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>The slugs a record's references need in its bundle shape, by id, per kind.</summary>
internal sealed record BundleSlugs(
    Dictionary<int, string> Outlets, Dictionary<int, string> Actors, Dictionary<int, string> Articles,
    Dictionary<int, string> Events, Dictionary<int, string> Eras)
{
    /// <summary>Only the slugs of these ids: a snapshot never reads every slug in the database (270,000 at a million claims).</summary>
    public static Task<BundleSlugs> ForAsync(NewsTreatyDbContext db, CancellationToken ct,
        IEnumerable<int>? outlets = null, IEnumerable<int>? actors = null, IEnumerable<int>? articles = null,
        IEnumerable<int>? events = null, IEnumerable<int>? eras = null) =>
        new BundleSlugs([], [], [], [], []).CompletedAsync(db, ct, outlets, actors, articles, events, eras);

    /// <summary>These slugs, and those of the given ids they lack, each kind looked up in one query (none when nothing lacks).</summary>
    public async Task<BundleSlugs> CompletedAsync(NewsTreatyDbContext db, CancellationToken ct,
        IEnumerable<int>? outlets = null, IEnumerable<int>? actors = null, IEnumerable<int>? articles = null,
        IEnumerable<int>? events = null, IEnumerable<int>? eras = null) => new(
        await WithAsync(Outlets, db.Outlets, outlets, ct), await WithAsync(Actors, db.Actors, actors, ct),
        await WithAsync(Articles, db.Articles, articles, ct), await WithAsync(Events, db.Events, events, ct), await WithAsync(Eras, db.Eras, eras, ct));

    private static async Task<Dictionary<int, string>> WithAsync<T>(Dictionary<int, string> known, IQueryable<T> set, IEnumerable<int>? ids, CancellationToken ct)
        where T : Entity
    {
        var missing = (ids ?? []).Where(id => !known.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return known;
        }

        var slugs = new Dictionary<int, string>(known);
        foreach (var row in await set.AsNoTracking().Where(x => missing.Contains(x.Id)).Select(x => new { x.Id, x.Slug }).ToListAsync(ct))
        {
            slugs[row.Id] = row.Slug;
        }

        return slugs;
    }
}
