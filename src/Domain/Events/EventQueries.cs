using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Domain.Events;

public sealed partial class EventQueries(NewsTreatyDbContext db, ClaimQueries claims)
{
    /// <summary>How many of an event's newest claims its record lists.</summary>
    public const int ClaimsShown = 50;

    /// <summary>How many of an event's articles, earliest first, its record lists.</summary>
    public const int CoverageShown = 100;

    /// <summary>The most events the timeline page and widget list before keeping only the more important ones.</summary>
    public const int TimelineShown = 500;

    /// <summary>Above this many events, counting every event's links beats sending the ids back as a list.</summary>
    private const int MaxListedIds = 1000;

    private sealed record Counts(int EventId, int Articles, int Sources);

    /// <summary>Every event in date order: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<EventSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new EventFilter(), limit, cursor, ct);

    /// <summary>
    /// The timeline the page and the widget draw: every event while there are at most <see cref="TimelineShown"/>,
    /// else only the most important ones, at the lowest importance that keeps the count within it (the top level
    /// alone if even that is more). An axis and a list of 20,000 events are megabytes no reader can take in;
    /// the filtered lists (events by date, actor or kind) reach the rest.
    /// </summary>
    public async Task<ShownTimeline> ShownTimelineAsync(CancellationToken ct, int? requestedMinImportance = null)
    {
        var levels = await db.Events.AsNoTracking().GroupBy(e => e.Importance).Select(g => new { Importance = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var total = levels.Sum(l => l.Count);
        var minImportance = requestedMinImportance;
        if (minImportance is null && total > TimelineShown)
        {
            var running = 0;
            foreach (var level in levels.OrderByDescending(l => l.Importance))
            {
                if (minImportance is not null && running + level.Count > TimelineShown)
                {
                    break;
                }

                running += level.Count;
                minImportance = level.Importance;
            }
        }

        return new ShownTimeline(await TimelineAsync(minImportance, ct), minImportance, total);
    }

    private async Task<TimelineView> TimelineAsync(int? minImportance, CancellationToken ct)
    {
        var eras = await db.Eras.AsNoTracking().ToListAsync(ct);
        var query = db.Events.AsNoTracking();
        if (minImportance is { } min)
        {
            query = query.Where(e => e.Importance >= min);
        }

        var events = await Load(query.OrderBy(e => e.StartsOn).ThenBy(e => e.EndsOn).ThenBy(e => e.Id), ct);
        var eraViews = eras.OrderBy(e => e.Start).Select(Map.Era).ToList();
        var start = events.Count > 0 ? events.Min(e => e.Date.Start) : new DateOnly(1961, 1, 1);
        var end = events.Count > 0 ? events.Max(e => (e.EndDate ?? e.Date).End) : new DateOnly(2024, 12, 31);
        return new TimelineView(eraViews, events, start, end);
    }

    private async Task<List<EventSummaryView>> Load(IQueryable<Event> query, CancellationToken ct)
    {
        var events = await query.Include(e => e.Actors).ThenInclude(a => a.Actor).Include(e => e.Era).AsSplitQuery().ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();

        // One grouped pass over the links rather than two correlated counts per event: a 20,000-event timeline
        // is one aggregate. Events without coverage have no group and count zero.
        var links = db.Set<EventArticle>().AsNoTracking();
        if (ids.Count < MaxListedIds)
        {
            links = links.Where(a => ids.Contains(a.EventId));
        }

        var counts = await links.GroupBy(a => a.EventId)
            .Select(g => new Counts(g.Key, g.Count(), g.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().Count()))
            .ToDictionaryAsync(c => c.EventId, ct);
        var none = new Counts(0, 0, 0);
        return events.Select(e => new EventSummaryView(
            e.Id, e.Slug, e.Kind, e.Title, e.Summary, DateView.Of(e.Date), DateView.OfOptional(e.EndDate), e.Place, e.Importance, e.Era?.Slug,
            e.Actors.OrderBy(a => a.Role).ThenBy(a => a.Actor.Name).Select(a => new ActorRoleView(Map.Ref(a.Actor), a.Role)).ToList(),
            counts.GetValueOrDefault(e.Id, none).Articles, counts.GetValueOrDefault(e.Id, none).Sources, e.Revision)).ToList();
    }

    public async Task<EventView?> GetAsync(string key, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(x => x.Era)
            .Include(x => x.Actors).ThenInclude(a => a.Actor)
            .FirstOrDefaultAsync(KeyLookup.ByIdOrSlug<Event>(key), ct);
        if (e is null)
        {
            return null;
        }

        // Counts are exact (aggregates over the event's links); the lists are bounded, so a head event in a large
        // corpus costs what a small one does. The claim list filtered by event pages through the rest.
        var id = e.Id;
        var totals = await db.Events.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            Articles = x.Articles.Count(),
            Outlets = x.Articles.Select(a => a.Article.OutletId).Distinct().Count(),
            Origins = x.Articles.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().Count(),
        }).SingleAsync(ct);
        var earliest = await db.Set<EventArticle>().AsNoTracking().Where(a => a.EventId == id)
            .OrderBy(a => a.Article.PublishedUtc).ThenBy(a => a.ArticleId).Select(a => a.ArticleId).Take(CoverageShown).ToListAsync(ct);
        var byId = await db.Articles.AsNoTracking().Include(a => a.Outlet).Where(a => earliest.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var articles = earliest.Select(a => byId[a]).ToList();
        var originIds = articles.Select(a => a.OriginOutletId ?? a.OutletId).Distinct().ToList();
        var origins = await db.Outlets.AsNoTracking().Where(o => originIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var coverage = articles.Select(a =>
        {
            var origin = origins[a.OriginOutletId ?? a.OutletId];
            return new CoverageView(Map.Ref(a.Outlet), Map.Ref(a), Map.Ref(origin), origin.Id == a.OutletId);
        }).ToList();
        var (newest, claimsCount) = await claims.NewestForEventAsync(id, ClaimsShown, ct);

        return new EventView(
            e.Id, e.Slug, e.Kind, e.Title, e.Summary, DateView.Of(e.Date), DateView.OfOptional(e.EndDate), e.Place, e.Importance,
            e.Era is null ? null : Map.Era(e.Era),
            e.Actors.OrderBy(a => a.Role).ThenBy(a => a.Actor.Name).Select(a => new ActorRoleView(Map.Ref(a.Actor), a.Role)).ToList(),
            coverage, totals.Articles, totals.Outlets, newest, claimsCount, totals.Origins, e.Revision, e.UpdatedAt);
    }
}
