using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Events;

public sealed partial class EventQueries
{
    /// <summary>Events matching <paramref name="filter"/> in date order, keyset-paged on (start, id).</summary>
    public async Task<Page<EventSummaryView>> SearchAsync(EventFilter filter, int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var query = db.Events.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = from.Start;
            query = query.Where(e => e.StartsOn >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.End;
            query = query.Where(e => e.StartsOn <= end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var ids = await Resolve.ActorsAsync(db, filter.Actor, ct);
            query = query.Where(e => e.Actors.Any(a => ids.Contains(a.ActorId)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (filter.MinImportance is { } importance)
        {
            query = importance is < Events.Event.MinImportance or > Events.Event.MaxImportance
                ? throw new Common.DomainException($"minImportance must be between {Events.Event.MinImportance} and {Events.Event.MaxImportance}.")
                : query.Where(e => e.Importance >= importance);
        }

        if (Cursor.Decode(cursor, 2) is [var day, var idText])
        {
            if (!DateOnly.TryParseExact(day, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var after)
                || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new Common.DomainException("The cursor is not one this API issued.");
            }

            query = query.Where(e => e.StartsOn > after || (e.StartsOn == after && e.Id > id));
        }

        var page = await SummariesAsync(query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(take + 1), ct);
        var items = page.Take(take).ToList();
        return new Page<EventSummaryView>(items,
            page.Count > take ? Cursor.Encode(items[^1].Date.Start.ToString("O", CultureInfo.InvariantCulture), items[^1].Id) : null);
    }
}
