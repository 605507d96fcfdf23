using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Articles;

public sealed partial class ArticleQueries
{
    /// <summary>Articles matching <paramref name="filter"/>, newest first, keyset-paged on (published, id).</summary>
    public async Task<Page<ArticleSummaryView>> SearchAsync(ArticleFilter filter, int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var query = db.Articles.AsNoTracking().Include(a => a.Outlet).AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            var outletId = await Resolve.OutletAsync(db, filter.Outlet, ct);
            query = query.Where(a => a.OutletId == outletId);
        }

        if (filter.From is { } from)
        {
            var start = Resolve.StartUtc(from);
            query = query.Where(a => a.PublishedUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = Resolve.EndUtcExclusive(to);
            query = query.Where(a => a.PublishedUtc < end);
        }

        if (filter.Genre is { } genre)
        {
            query = query.Where(a => a.Genre == genre);
        }

        if (Cursor.Decode(cursor, 2) is [var ticks, var idText])
        {
            if (!long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new DomainException("The cursor is not one this API issued.");
            }

            var published = new DateTime(t, DateTimeKind.Utc);
            query = query.Where(a => a.PublishedUtc < published || (a.PublishedUtc == published && a.Id < id));
        }

        var rows = await query.OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id).Take(take + 1).ToListAsync(ct);
        var items = rows.Take(take).Select(Map.Summary).ToList();
        return new Page<ArticleSummaryView>(items, rows.Count > take ? Cursor.Encode(rows[take - 1].PublishedUtc.Ticks, rows[take - 1].Id) : null);
    }
}
