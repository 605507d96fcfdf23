using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Reading;

namespace NewsTreaty.Api.Events;

public static class EventEndpoints
{
    public static RouteGroupBuilder MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events");
        group.MapGet("/", ListEvents).WithName(nameof(ListEvents)).WithSummary("List events in date order");
        group.MapGet("/{key}", GetEvent).WithName(nameof(GetEvent))
            .WithSummary("One event by id or slug, with actors and roles, coverage by outlet and linked claims");
        routes.MapGet("/timeline", GetTimeline).WithTags("Timeline").WithName(nameof(GetTimeline))
            .WithSummary("Every event in date order, with eras and the number of articles and independent sources behind each");
        return group;
    }

    public static async Task<Ok<ListResponse<EventSummaryView>>> ListEvents(
        [AsParameters] PageQuery page, EventQueries events, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<EventSummaryView>.From(await events.ListAsync(page.Limit, page.Cursor, ct), request));

    public static async Task<Results<Ok<EventView>, ProblemHttpResult>> GetEvent(string key, EventQueries events, CancellationToken ct) =>
        await events.GetAsync(key, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound("event", key);

    public static async Task<Ok<TimelineView>> GetTimeline(EventQueries events, CancellationToken ct) =>
        TypedResults.Ok(await events.TimelineAsync(ct));
}
