using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

/// <summary>What the claim explorer page needs beside <see cref="SearchAsync"/>: a total and its outlet choices.</summary>
public sealed partial class ClaimQueries
{
    /// <summary>How many claims match <paramref name="filter"/> in all, across every page.</summary>
    public async Task<int> CountAsync(ClaimFilter filter, CancellationToken ct)
    {
        // An event's claims are counted from its link rows (one index range), not by probing every claim.
        if (filter.Event is { } key && filter with { Event = null, Sort = null } == new ClaimFilter())
        {
            var eventId = await Resolve.EventAsync(db, key, ct);
            return await db.Set<ClaimEvent>().CountAsync(e => e.EventId == eventId, ct);
        }

        var terms = string.IsNullOrWhiteSpace(filter.Q) ? null : FullText.Terms(filter.Q);
        return await Keys(await FilterAsync(filter, ct), terms).CountAsync(ct);
    }

    /// <summary>Outlets that carry at least one claim, by name.</summary>
    public async Task<IReadOnlyList<OutletRef>> OutletsWithClaimsAsync(CancellationToken ct) =>
        (await db.Outlets.AsNoTracking().Where(o => db.Appearances.Any(a => a.Article.OutletId == o.Id)).OrderBy(o => o.Name).ToListAsync(ct))
        .Select(Map.Ref).ToList();
}
