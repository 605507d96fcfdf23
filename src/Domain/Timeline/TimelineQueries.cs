using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Timeline;

/// <summary>The story's timeline: events in date order with their eras, bounded for the page and the widget.</summary>
public sealed class TimelineQueries(NewsTreatyDbContext db, EventQueries events)
{
    /// <summary>The most events the timeline page and widget list before keeping only the more important ones.</summary>
    public const int TimelineShown = 500;

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

        var shown = await events.SummariesAsync(query.OrderBy(e => e.StartsOn).ThenBy(e => e.EndsOn).ThenBy(e => e.Id), ct);
        var eraViews = eras.OrderBy(e => e.Start).Select(Map.Era).ToList();
        var start = shown.Count > 0 ? shown.Min(e => e.Date.Start) : new DateOnly(1961, 1, 1);
        var end = shown.Count > 0 ? shown.Max(e => (e.EndDate ?? e.Date).End) : new DateOnly(2024, 12, 31);
        return new TimelineView(eraViews, shown, start, end);
    }

    /// <summary>The outlets whose articles cover any of these events, those with most such articles first: a widget's credit line.</summary>
    public async Task<IReadOnlyList<string>> OutletNamesAsync(IReadOnlyCollection<int> eventIds, CancellationToken ct)
    {
        var ids = eventIds.ToList();
        return await db.Set<EventArticle>().AsNoTracking().Where(l => ids.Contains(l.EventId))
            .GroupBy(l => l.Article.Outlet.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).ToListAsync(ct);
    }
}
