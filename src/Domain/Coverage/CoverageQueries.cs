using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Coverage;

/// <summary>Who reported what: outlets × events or outlets × claims, with copies and relays shown beside their origin.</summary>
public sealed class CoverageQueries(NewsTreatyDbContext db)
{
    private sealed record Link(int RowId, int ArticleId, int OutletId, int OriginId);

    public async Task<CoverageMatrixView> ByEventAsync(CancellationToken ct)
    {
        var links = await db.Events.AsNoTracking().SelectMany(e => e.Articles, (e, a) => new Link(
            e.Id, a.ArticleId, a.Article.OutletId, a.Article.OriginOutletId ?? a.Article.OutletId)).ToListAsync(ct);
        var ids = links.Select(l => l.RowId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.StartsOn).ThenBy(e => e.Id).ToListAsync(ct);
        return await BuildAsync(CoverageAxis.Events, events.Select(e => (e.Id, new CoverageSubjectView(e.Slug, e.Title, DateView.Of(e.Date)))), links, ct);
    }

    public async Task<CoverageMatrixView> ByClaimAsync(CancellationToken ct)
    {
        var links = await db.Appearances.AsNoTracking().Select(a => new Link(
            a.ClaimId, a.ArticleId, a.Article.OutletId, a.Article.OriginOutletId ?? a.Article.OutletId)).ToListAsync(ct);
        var ids = links.Select(l => l.RowId).Distinct().ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(ct);
        return await BuildAsync(CoverageAxis.Claims, claims.Select(c => (c.Id, new CoverageSubjectView(c.Slug, c.Text, null))), links, ct);
    }

    private async Task<CoverageMatrixView> BuildAsync(
        CoverageAxis axis, IEnumerable<(int Id, CoverageSubjectView Subject)> rows, List<Link> links, CancellationToken ct)
    {
        var articleIds = links.Select(l => l.ArticleId).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Outlet).Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var outletIds = links.SelectMany(l => new[] { l.OutletId, l.OriginId }).Distinct().ToList();
        var outlets = await db.Outlets.AsNoTracking().Where(o => outletIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);

        // An outlet that only ever carries someone else's reporting is shown right after that origin.
        var originOf = links.GroupBy(l => l.OutletId).ToDictionary(g => g.Key,
            g => g.All(l => l.OriginId != l.OutletId) ? g.GroupBy(l => l.OriginId).OrderByDescending(x => x.Count()).First().Key : g.Key);
        var columns = links.Select(l => l.OutletId).Distinct()
            .OrderBy(id => outlets[originOf[id]].Name, StringComparer.Ordinal).ThenBy(id => originOf[id] != id).ThenBy(id => outlets[id].Name, StringComparer.Ordinal)
            .Select(id => new CoverageColumnView(Map.Ref(outlets[id]), originOf[id] == id ? null : Map.Ref(outlets[originOf[id]])))
            .ToList();

        var byRow = links.ToLookup(l => l.RowId);
        var matrix = rows.Select(row =>
        {
            var cells = columns.Select(column =>
            {
                var here = byRow[row.Id].Where(l => l.OutletId == column.Outlet.Id).DistinctBy(l => l.ArticleId).ToList();
                var copyOf = here.Where(l => l.OriginId != l.OutletId).Select(l => Map.Ref(outlets[l.OriginId])).FirstOrDefault();
                return new CoverageCellView(here.Select(l => Map.Ref(articles[l.ArticleId])).ToList(), here.Count > 0 && copyOf is null, copyOf);
            }).ToList();
            return new CoverageRowView(row.Subject, cells, byRow[row.Id].Select(l => l.OriginId).Distinct().Count());
        }).ToList();
        return new CoverageMatrixView(axis, columns, matrix);
    }
}

public enum CoverageAxis
{
    Events,
    Claims,
}

public sealed record CoverageMatrixView(CoverageAxis Axis, IReadOnlyList<CoverageColumnView> Columns, IReadOnlyList<CoverageRowView> Rows);

/// <summary>An outlet, and the origin whose reporting it carries when it has none of its own.</summary>
public sealed record CoverageColumnView(OutletRef Outlet, OutletRef? CarriesOriginOf);

/// <summary>An event (with its date) or a claim (without).</summary>
public sealed record CoverageSubjectView(string Slug, string Title, DateView? Date);

public sealed record CoverageRowView(CoverageSubjectView Subject, IReadOnlyList<CoverageCellView> Cells, int IndependentOrigins);

/// <summary>One outlet's articles on one row; <see cref="CopyOf"/> names the origin when they are copies or relays.</summary>
public sealed record CoverageCellView(IReadOnlyList<ArticleRef> Articles, bool Independent, OutletRef? CopyOf);
