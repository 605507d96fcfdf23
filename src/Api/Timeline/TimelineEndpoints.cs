using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Api.Timeline;

/// <summary>GET /api/v1/timeline: the story's events in date order with their eras, as JSON or TimelineJS.</summary>
public static class TimelineEndpoints
{
    public static void MapTimelineEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/timeline", GetTimeline).WithTags("Timeline").WithName(nameof(GetTimeline))
            .WithSummary("Events in date order, with eras and the number of articles and independent sources behind each")
            .WithDescription("Every event while there are at most 500; above that, the events of the lowest importance that keeps the list " +
                "within 500, or the top level alone when that alone has more (the timeline page draws the same), with `minImportance` saying which and `totalEvents` how many there are. " +
                "`minImportance=1` asks for every event; `/api/v1/events` pages through all of them with filters. " +
                "`format=timelinejs` returns TimelineJS 3 JSON instead (what GET /api/v1/timeline/timelinejs returns), so `new TL.Timeline(element, url)` loads the URL as is; " +
                "typed clients call that operation, since this one's typed answer is the timeline above.")
            .Produces<TimelineView>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            // The document keeps one body per operation: `format` stays accepted for TimelineJS's loader but undeclared,
            // so a typed call never gets the other body under this operation's type.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters?.Remove(operation.Parameters.First(p => p.Name == "format"));
                return Task.CompletedTask;
            });
        routes.MapGet("/timeline/timelinejs", GetTimelineJs).WithTags("Timeline").WithName(nameof(GetTimelineJs))
            .WithSummary("The same timeline as TimelineJS 3 JSON, for `new TL.Timeline(element, url)`")
            .Produces<TimelineJs.Document>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
    }

    public static async Task<Results<Ok<TimelineView>, Ok<TimelineJs.Document>>> GetTimeline(
        [AsParameters] TimelineQueryParameters query, TimelineQueries timeline, CancellationToken ct)
    {
        var view = await ReadAsync(query.MinImportance, timeline, ct);
        return string.Equals(query.Format?.Trim(), "timelinejs", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Ok(TimelineJs.From(view))
            : TypedResults.Ok(view);
    }

    public static async Task<Ok<TimelineJs.Document>> GetTimelineJs(
        [AsParameters] TimelineJsQueryParameters query, TimelineQueries timeline, CancellationToken ct) =>
        TypedResults.Ok(TimelineJs.From(await ReadAsync(query.MinImportance, timeline, ct)));

    private static async Task<TimelineView> ReadAsync(string? minImportance, TimelineQueries timeline, CancellationToken ct)
    {
        var shown = await timeline.ShownTimelineAsync(ct, WholeNumberAttribute.Parse(minImportance));
        return shown.Timeline with { MinImportance = shown.MinImportance, TotalEvents = shown.TotalEvents };
    }
}
