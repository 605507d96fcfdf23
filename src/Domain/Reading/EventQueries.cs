using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Reading;

public sealed partial class EventQueries(NewsTreatyDbContext db, ClaimQueries claims)
{
    private sealed record Counts(int EventId, int Articles, int Sources);

    /// <summary>Events in date order, keyset-paged on (start, id).</summary>
    public async Task<Page<EventSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var query = db.Events.AsNoTracking();
        if (Cursor.Decode(cursor, 2) is [var day, var idText])
        {
            var start = DateOnly.ParseExact(day, "O", CultureInfo.InvariantCulture);
            var id = int.Parse(idText, CultureInfo.InvariantCulture);
            query = query.Where(e => e.StartsOn > start || (e.StartsOn == start && e.Id > id));
        }

        var page = await Load(query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(take + 1), ct);
        var items = page.Take(take).ToList();
        return new Page<EventSummaryView>(items,
            page.Count > take ? Cursor.Encode(items[^1].Date.Start.ToString("O", CultureInfo.InvariantCulture), items[^1].Id) : null);
    }

    public async Task<TimelineView> TimelineAsync(CancellationToken ct)
    {
        var eras = await db.Eras.AsNoTracking().ToListAsync(ct);
        var events = await Load(db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ThenBy(e => e.EndsOn).ThenBy(e => e.Id), ct);
        var eraViews = eras.OrderBy(e => e.Start).Select(Map.Era).ToList();
        var start = events.Count > 0 ? events.Min(e => e.Date.Start) : new DateOnly(1961, 1, 1);
        var end = events.Count > 0 ? events.Max(e => (e.EndDate ?? e.Date).End) : new DateOnly(2024, 12, 31);
        return new TimelineView(eraViews, events, start, end);
    }

    private async Task<List<EventSummaryView>> Load(IQueryable<Event> query, CancellationToken ct)
    {
        var events = await query.Include(e => e.Actors).ThenInclude(a => a.Actor).Include(e => e.Era).AsSplitQuery().ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var counts = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new Counts(e.Id, e.Articles.Count(), e.Articles.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().Count()))
            .ToDictionaryAsync(c => c.EventId, ct);
        return events.Select(e => new EventSummaryView(
            e.Id, e.Slug, e.Kind, e.Title, e.Summary, DateView.Of(e.Date), DateView.OfOptional(e.EndDate), e.Place, e.Importance, e.Era?.Slug,
            e.Actors.OrderBy(a => a.Role).ThenBy(a => a.Actor.Name).Select(a => new ActorRoleView(Map.Ref(a.Actor), a.Role)).ToList(),
            counts[e.Id].Articles, counts[e.Id].Sources, e.Revision)).ToList();
    }

    public async Task<EventView?> GetAsync(string key, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(x => x.Era)
            .Include(x => x.Actors).ThenInclude(a => a.Actor)
            .Include(x => x.Articles).ThenInclude(a => a.Article).ThenInclude(a => a.Outlet)
            .FirstOrDefaultAsync(KeyLookup.ByIdOrSlug<Event>(key), ct);
        if (e is null)
        {
            return null;
        }

        var originIds = e.Articles.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().ToList();
        var origins = await db.Outlets.AsNoTracking().Where(o => originIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var coverage = e.Articles.Select(a => a.Article).OrderBy(a => a.PublishedUtc).Select(a =>
        {
            var origin = origins[a.OriginOutletId ?? a.OutletId];
            return new CoverageView(Map.Ref(a.Outlet), Map.Ref(a), Map.Ref(origin), origin.Id == a.OutletId);
        }).ToList();

        return new EventView(
            e.Id, e.Slug, e.Kind, e.Title, e.Summary, DateView.Of(e.Date), DateView.OfOptional(e.EndDate), e.Place, e.Importance,
            e.Era is null ? null : Map.Era(e.Era),
            e.Actors.OrderBy(a => a.Role).ThenBy(a => a.Actor.Name).Select(a => new ActorRoleView(Map.Ref(a.Actor), a.Role)).ToList(),
            coverage, await claims.ForEventAsync(e.Id, ct), originIds.Count, e.Revision, e.UpdatedAt);
    }
}
