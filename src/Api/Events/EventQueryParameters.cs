using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Events;

/// <summary>The query string of GET /api/v1/events.</summary>
public sealed record EventQueryParameters(
    [property: FromQuery(Name = "from"), Description("Events starting on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From,
    [property: FromQuery(Name = "to"), Description("Events starting on or before this date (the whole year or month for reduced precision).")] string? To,
    [property: FromQuery(Name = "actor"), Description("Events an actor took part in: id, slug, name, alias or Wikidata QID.")] string? Actor,
    [property: FromQuery(Name = "kind"), Description("An event kind, e.g. treaty-signed, summit, state-visit, sanctions.")] string? Kind,
    [property: FromQuery(Name = "minImportance"), Description("Only events at least this important, 1 (detail) to 5 (landmark).")] string? MinImportance,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor)
{
    internal EventFilter? ToFilter(QueryReader reader)
    {
        var from = reader.Date("from", From);
        var to = reader.Date("to", To);
        reader.Range(from, to);
        var filter = new EventFilter(from, to, Actor, reader.Enum<EventKind>("kind", Kind),
            reader.Int("minImportance", MinImportance, Event.MinImportance, Event.MaxImportance));
        return reader.IsValid ? filter : null;
    }
}
