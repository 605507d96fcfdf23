using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Reading;

/// <summary>The claim explorer's filters. Mirrors the API's claim filter so the two can become one type.</summary>
public sealed record ClaimExplorerFilter(
    string? Q = null, ReviewStatus? Status = null, ClaimKind? Kind = null, string? Actor = null, string? Event = null, string? Outlet = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Status is null && Kind is null && Actor is null && Event is null && Outlet is null;
}

/// <summary>
/// Substring search and filters over claims for the explorer page. A plain LIKE-style scan is enough
/// for a curated dataset; once the API's full-text <c>ClaimQueries.SearchAsync</c> lands, the page should call that instead.
/// </summary>
public sealed class ClaimExplorerQueries(NewsTreatyDbContext db)
{
    public async Task<Page<ClaimSummaryView>> SearchAsync(ClaimExplorerFilter filter, int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit, 25);
        var after = Cursor.DecodeId(cursor) ?? 0;
        var claims = Apply(db.Claims.AsQueryable(), filter).Where(c => c.Id > after).OrderBy(c => c.Id);
        var rows = await ClaimQueries.Summaries(claims).Take(take + 1).ToListAsync(ct);
        var items = rows.Take(take).Select(ClaimQueries.ToSummary).ToList();
        return new Page<ClaimSummaryView>(items, rows.Count > take ? Cursor.Encode(items[^1].Id) : null);
    }

    /// <summary>Outlets that carry at least one claim: the explorer's outlet choices.</summary>
    public async Task<IReadOnlyList<OutletRef>> OutletsAsync(CancellationToken ct) =>
        (await db.Outlets.AsNoTracking().Where(o => db.Appearances.Any(a => a.Article.OutletId == o.Id)).OrderBy(o => o.Name).ToListAsync(ct))
        .Select(Map.Ref).ToList();

    public Task<int> CountAsync(ClaimExplorerFilter filter, CancellationToken ct) => Apply(db.Claims.AsNoTracking(), filter).CountAsync(ct);

    private static IQueryable<Claim> Apply(IQueryable<Claim> claims, ClaimExplorerFilter f)
    {
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // Lower-cased on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
            var pattern = "%" + f.Q.Trim().ToLowerInvariant().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            claims = claims.Where(c => EF.Functions.Like(c.Text.ToLower(), pattern, @"\")
                || c.Appearances.Any(a => EF.Functions.Like(a.Quote.ToLower(), pattern, @"\")));
        }

        if (f.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (f.Kind is { } kind)
        {
            claims = claims.Where(c => c.Kind == kind);
        }

        if (f.Actor is { } actor)
        {
            claims = claims.Where(c => (c.ClaimantActor != null && c.ClaimantActor.Slug == actor) || c.Subjects.Any(s => s.Actor.Slug == actor));
        }

        if (f.Event is { } ev)
        {
            claims = claims.Where(c => c.Events.Any(e => e.Event.Slug == ev));
        }

        if (f.Outlet is { } outlet)
        {
            claims = claims.Where(c => c.Appearances.Any(a => a.Article.Outlet.Slug == outlet));
        }

        return claims;
    }
}
