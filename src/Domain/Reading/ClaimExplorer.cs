using Microsoft.EntityFrameworkCore;

namespace NewsTreaty.Domain.Reading;

/// <summary>What the claim explorer page needs beside <see cref="SearchAsync"/>: a total and its outlet choices.</summary>
public sealed partial class ClaimQueries
{
    /// <summary>How many claims match <paramref name="filter"/> in all, across every page.</summary>
    public async Task<int> CountAsync(ClaimFilter filter, CancellationToken ct)
    {
        var terms = string.IsNullOrWhiteSpace(filter.Q) ? null : FullText.Terms(filter.Q);
        return await Keys(await FilterAsync(filter, ct), terms).CountAsync(ct);
    }

    /// <summary>Outlets that carry at least one claim, by name.</summary>
    public async Task<IReadOnlyList<OutletRef>> OutletsWithClaimsAsync(CancellationToken ct) =>
        (await db.Outlets.AsNoTracking().Where(o => db.Appearances.Any(a => a.Article.OutletId == o.Id)).OrderBy(o => o.Name).ToListAsync(ct))
        .Select(Map.Ref).ToList();
}
