using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

public sealed partial class ClaimQueries
{
    /// <summary>
    /// Whether a search can take its page from a full-text index alone (by relevance, or newest first on SQLite): q
    /// with at most kind and status, which are columns of the claim row. Other filters go through the general path.
    /// </summary>
    private static bool FromIndexAlone(ClaimFilter f) =>
        string.IsNullOrWhiteSpace(f.Actor) && string.IsNullOrWhiteSpace(f.Claimant) && string.IsNullOrWhiteSpace(f.Event)
        && string.IsNullOrWhiteSpace(f.Article) && string.IsNullOrWhiteSpace(f.Outlet) && f.From is null && f.To is null && f.MinSources is null;

    /// <summary>
    /// How many matches a relevance search ranks at most: the most recently added ones (highest ids). A word in
    /// a million claims would otherwise have every match scored (bm25 or ts_rank) on every request; up to this
    /// many matches the ranking is exact (docs/api.md, "Relevance").
    /// </summary>
    public const int RankedCandidates = 5000;

    /// <summary>
    /// One relevance page straight from the index: (rank, id) of the matches sorted and cut inside the
    /// full-text query, so a word found in 100,000 claims is ranked there and only the page's ids are ever
    /// joined to claims. The candidates are the <see cref="RankedCandidates"/> newest matches that pass the
    /// kind and status filters, read from the index in id order (FTS5 rowid order; the PostgreSQL primary key
    /// backwards), so only they are scored. Same keys and order as the general path (rank descending, then id),
    /// so the cursor stays exact across pages and ties.
    /// </summary>
    private async Task<List<Keyed>> RankedPageAsync(ClaimFilter f, IReadOnlyList<string> terms, (string Key, int Id)? after, int take, CancellationToken ct)
    {
        var hits = FullText.Claims(db, terms);
        if (f.Kind is { } kind)
        {
            hits = hits.Where(h => db.Claims.Any(c => c.Id == h.Id && c.Kind == kind));
        }

        if (f.Status is { } status)
        {
            hits = hits.Where(h => db.Claims.Any(c => c.Id == h.Id && c.Status == status));
        }

        hits = hits.OrderByDescending(h => h.Id).Take(RankedCandidates);
        if (after is var (key, afterId))
        {
            var r = SortedCursor.Double(key);
            hits = hits.Where(h => h.Rank < r || (h.Rank == r && h.Id > afterId));
        }

        return await hits.OrderByDescending(h => h.Rank).ThenBy(h => h.Id).Take(take + 1)
            .Select(h => new Keyed { Id = h.Id, Rank = h.Rank }).ToListAsync(ct);
    }
}
