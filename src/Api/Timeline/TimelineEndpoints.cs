using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Api.Timeline;

/// <summary>GET /api/v1/timeline: the story's events in date order with their eras, as JSON or TimelineJS.</summary>
public static class TimelineEndpoints
{
    private const string MinImportanceText = "Only events of at least this importance (1–5); by default the lowest that keeps the list within 500 events.";

    public static void MapTimelineEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/timeline", GetTimeline).WithTags("Timeline").WithName(nameof(GetTimeline))
            .WithSummary("Events in date order, with eras and the number of articles and independent sources behind each")
            .WithDescription("Every event while there are at most 500; above that, the events of the lowest importance that keeps the list " +
                "within 500, or the top level alone when that alone has more (the timeline page draws the same), with `minImportance` saying which and `totalEvents` how many there are. " +
                "`minImportance=1` asks for every event; `/api/v1/events` pages through all of them with filters. " +
                "`format=timelinejs` returns TimelineJS 3 JSON instead (what GET /api/v1/timeline/timelinejs returns), so `new TL.Timeline(element, url)` loads the URL as is.")
            .Produces<TimelineView>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        routes.MapGet("/timeline/timelinejs", GetTimelineJs).WithTags("Timeline").WithName(nameof(GetTimelineJs))
            .WithSummary("The same timeline as TimelineJS 3 JSON, for `new TL.Timeline(element, url)`")
            .Produces<TimelineJs.Document>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
    }

    public static async Task<Results<Ok<TimelineView>, Ok<TimelineJs.Document>, ValidationProblem>> GetTimeline(
        [Description("json (default) or timelinejs for TimelineJS 3 JSON.")] string? format,
        [Description(MinImportanceText)] string? minImportance,
        TimelineQueries timeline, CancellationToken ct)
    {
        if (!Negotiation.IsKnown(format, "json", "timelinejs"))
        {
            return Negotiation.UnknownFormat(format!, "json", "timelinejs");
        }

        var (view, problem) = await ReadAsync(minImportance, timeline, ct);
        if (problem is not null)
        {
            return problem;
        }

        return string.Equals(format, "timelinejs", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Ok(TimelineJs.From(view!))
            : TypedResults.Ok(view!);
    }

    public static async Task<Results<Ok<TimelineJs.Document>, ValidationProblem>> GetTimelineJs(
        [Description(MinImportanceText)] string? minImportance, TimelineQueries timeline, CancellationToken ct)
    {
        var (view, problem) = await ReadAsync(minImportance, timeline, ct);
        return problem is null ? TypedResults.Ok(TimelineJs.From(view!)) : problem;
    }

    private static async Task<(TimelineView? View, ValidationProblem? Problem)> ReadAsync(string? minImportance, TimelineQueries timeline, CancellationToken ct)
    {
        var reader = new QueryReader();
        var min = reader.Int("minImportance", minImportance, Domain.Events.Event.MinImportance, Domain.Events.Event.MaxImportance);
        if (!reader.IsValid)
        {
            return (null, reader.Problem());
        }

        var shown = await timeline.ShownTimelineAsync(ct, min);
        return (shown.Timeline with { MinImportance = shown.MinImportance, TotalEvents = shown.TotalEvents }, null);
    }
}
