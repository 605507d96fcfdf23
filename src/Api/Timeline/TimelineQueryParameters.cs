using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Timeline;

/// <summary>The query string of GET /api/v1/timeline.</summary>
public sealed record TimelineQueryParameters(
    [property: FromQuery(Name = "format"), Accepted("json", "timelinejs"), Description("json (default) or timelinejs for TimelineJS 3 JSON (what GET /api/v1/timeline/timelinejs returns).")] string? Format = null,
    [property: FromQuery(Name = "minImportance"), WholeNumber(Event.MinImportance, Event.MaxImportance), Description(TimelineJsQueryParameters.MinImportanceText)] string? MinImportance = null);

/// <summary>The query string of GET /api/v1/timeline/timelinejs, which has one format only.</summary>
public sealed record TimelineJsQueryParameters(
    [property: FromQuery(Name = "minImportance"), WholeNumber(Event.MinImportance, Event.MaxImportance), Description(TimelineJsQueryParameters.MinImportanceText)] string? MinImportance = null)
{
    internal const string MinImportanceText = "Only events of at least this importance (1–5); by default the lowest that keeps the list within 500 events.";
}
