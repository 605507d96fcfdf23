using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Events;

public sealed partial class EventQueries(NewsTreatyDbContext db)
{
    /// <summary>How many of an event's newest claims its record lists.</summary>
    public const int ClaimsShown = 50;

    /// <summary>How many of an event's articles, earliest first, its record lists.</summary>
    public const int CoverageShown = 100;

    /// <summary>Above this many events, counting every event's links beats sending the ids back as a list.</summary>
    private const int MaxListedIds = 1000;

    private sealed record Counts(int EventId, int Articles, int Sources);

    /// <summary>Every event in date order: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<EventSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new EventFilter(), limit, cursor, ct);

    /// <summary>Summaries of the events <paramref name="query"/> selects, in its order, with their article and source counts.</summary>
    internal async Task<List<EventSummaryView>> SummariesAsync(IQueryable<Event> query, CancellationToken ct)
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
        // Counts are exact (aggregates over the event's links, read with the event); the lists are bounded, so a
        // head event in a large corpus costs what a small one does. The claim list filtered by event pages the rest.
        if (await EventRecordReader.ReadAsync(db, key, ct) is not { } record)
        {
            return null;
        }

        var (e, actors, coverage, newest) = record;
        return new EventView(
            e.Id, e.Slug, e.Kind, e.Title, e.Summary, DateView.Of(e.Date), DateView.OfOptional(e.EndDate), e.Place, e.Importance, e.Era,
            actors.OrderBy(a => a.Role).ThenBy(a => a.Actor.Name).ToList(),
            coverage, e.Articles, e.Outlets, newest, e.Claims, e.Origins, e.Revision, e.UpdatedAt);
    }
}
