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
    public static RouteHandlerBuilder MapTimelineEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/timeline", GetTimeline).WithTags("Timeline").WithName(nameof(GetTimeline))
            .WithSummary("Events in date order, with eras and the number of articles and independent sources behind each")
            .WithDescription("Every event while there are at most 500; above that, the events of the lowest importance that keeps the list " +
                "within 500, or the top level alone when that alone has more (the timeline page draws the same), with `minImportance` saying which and `totalEvents` how many there are. " +
                "`minImportance=1` asks for every event; `/api/v1/events` pages through all of them with filters. " +
                "`format=timelinejs` returns TimelineJS 3 JSON that `new TL.Timeline(element, url)` loads as is.")
            .Produces<TimelineJs.Document>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

    public static async Task<Results<Ok<TimelineView>, Ok<TimelineJs.Document>>> GetTimeline(
        [AsParameters] TimelineQueryParameters query, TimelineQueries timeline, CancellationToken ct)
    {
        var shown = await timeline.ShownTimelineAsync(ct, WholeNumberAttribute.Parse(query.MinImportance));
        var view = shown.Timeline with { MinImportance = shown.MinImportance, TotalEvents = shown.TotalEvents };
        return string.Equals(query.Format, "timelinejs", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Ok(TimelineJs.From(view))
            : TypedResults.Ok(view);
    }
}
