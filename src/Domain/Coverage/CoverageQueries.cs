using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Coverage;

/// <summary>
/// Who reported what: outlets × events or outlets × claims, with copies and relays shown beside their origin. One page
/// of rows at a time (events earliest first, claims in the order they were recorded), each page with the outlets that
/// reported its rows: a newsroom's database holds thousands of events and a million claims, and the whole matrix of
/// those is neither readable nor something to build per request.
/// </summary>
public sealed class CoverageQueries(NewsTreatyDbContext db)
{
    public const int PageSize = 50;

    private const string EventsTag = "coverage-events";

    private sealed record Link(int RowId, int ArticleId, int OutletId, int OriginId);

    public async Task<CoverageMatrixView> ByEventAsync(string? cursor, CancellationToken ct)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Articles.Any());
        if (SortedCursor.Decode(cursor, EventsTag) is var (day, eventId))
        {
            var startsOn = SortedCursor.Long(day) is var n and >= 0 && n <= DateOnly.MaxValue.DayNumber
                ? DateOnly.FromDayNumber((int)n)
                : throw new DomainException("The cursor is not one this API issued.");
            events = events.Where(e => e.StartsOn > startsOn || (e.StartsOn == startsOn && e.Id > eventId));
        }

        var page = await events.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(PageSize + 1).ToListAsync(ct);
        var shown = page.Take(PageSize).ToList();
        var ids = shown.Select(e => e.Id).ToList();
        var links = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).SelectMany(e => e.Articles, (e, a) => new Link(
            e.Id, a.ArticleId, a.Article.OutletId, a.Article.OriginOutletId ?? a.Article.OutletId)).ToListAsync(ct);
        var next = page.Count > PageSize ? SortedCursor.Encode(EventsTag, shown[^1].StartsOn.DayNumber, shown[^1].Id) : null;
        return await BuildAsync(CoverageAxis.Events, shown.Select(e => (e.Id, new CoverageSubjectView(e.Slug, e.Title, DateView.Of(e.Date)))), links, next, ct);
    }

    public async Task<CoverageMatrixView> ByClaimAsync(string? cursor, CancellationToken ct)
    {
        var claims = db.Claims.AsNoTracking().Where(c => c.Appearances.Any());
        if (Cursor.DecodeId(cursor) is { } after)
        {
            claims = claims.Where(c => c.Id > after);
        }

        var page = await claims.OrderBy(c => c.Id).Take(PageSize + 1).Select(c => new { c.Id, c.Slug, c.Text }).ToListAsync(ct);
        var shown = page.Take(PageSize).ToList();
        var ids = shown.Select(c => c.Id).ToList();
        var links = await db.Appearances.AsNoTracking().Where(a => ids.Contains(a.ClaimId)).Select(a => new Link(
            a.ClaimId, a.ArticleId, a.Article.OutletId, a.Article.OriginOutletId ?? a.Article.OutletId)).ToListAsync(ct);
        var next = page.Count > PageSize ? Cursor.Encode(shown[^1].Id) : null;
        return await BuildAsync(CoverageAxis.Claims, shown.Select(c => (c.Id, new CoverageSubjectView(c.Slug, c.Text, null))), links, next, ct);
    }

    private async Task<CoverageMatrixView> BuildAsync(
        CoverageAxis axis, IEnumerable<(int Id, CoverageSubjectView Subject)> rows, List<Link> links, string? next, CancellationToken ct)
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
        return new CoverageMatrixView(axis, columns, matrix, next);
    }
}

public enum CoverageAxis
{
    Events,
    Claims,
}

/// <summary>One page of the matrix; <see cref="Next"/> is the cursor of the following page, null on the last.</summary>
public sealed record CoverageMatrixView(CoverageAxis Axis, IReadOnlyList<CoverageColumnView> Columns, IReadOnlyList<CoverageRowView> Rows, string? Next = null);

/// <summary>An outlet, and the origin whose reporting it carries when it has none of its own.</summary>
public sealed record CoverageColumnView(OutletRef Outlet, OutletRef? CarriesOriginOf);

/// <summary>An event (with its date) or a claim (without).</summary>
public sealed record CoverageSubjectView(string Slug, string Title, DateView? Date);

public sealed record CoverageRowView(CoverageSubjectView Subject, IReadOnlyList<CoverageCellView> Cells, int IndependentOrigins);

/// <summary>One outlet's articles on one row; <see cref="CopyOf"/> names the origin when they are copies or relays.</summary>
public sealed record CoverageCellView(IReadOnlyList<ArticleRef> Articles, bool Independent, OutletRef? CopyOf);
