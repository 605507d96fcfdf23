using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Events;

/// <summary>Every route of /api/v1/events: listing and reading events, and writing them.</summary>
public static class EventEndpoints
{
    internal static readonly RecordWrites<EventInput, BundleEvent, EventView> Writes =
        new("events", (services, key, ct) => services.GetRequiredService<EventQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static RouteGroupBuilder MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events");
        group.MapGet("/", ListEvents).WithName(nameof(ListEvents)).WithSummary("List events in date order")
            .WithDescription("Filters combine (all must hold); follow `next` for more.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{key}", GetEvent).WithName(nameof(GetEvent))
            .WithSummary("One event by id or slug, with actors and roles, coverage by outlet and linked claims")
            .WithDescription("Lists the earliest 100 articles (`coverage`) and newest 50 claims (`claims`); `coverageCount`, `coverageOutletCount`, " +
                "`independentSources` and `claimsCount` count all of them, and `/api/v1/claims?event=` pages through every claim. " +
                "`format=jsonld` or `Accept: application/ld+json` returns a schema.org Event.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateEvent).AsCreate(ResourceKind.Event);
        group.MapPut("/{key}", UpdateEvent).AsUpdate(ResourceKind.Event);
        group.MapRecordLifecycle(Writes);
        return group;
    }

    public static async Task<Ok<ListResponse<EventSummaryView>>> ListEvents(
        [AsParameters] EventQueryParameters query, EventQueries events, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<EventSummaryView>.From(await events.SearchAsync(query.ToFilter(), query.Limit, query.Cursor, ct), request));

    public static Task<Results<Ok<EventView>, ContentHttpResult, ProblemHttpResult>> GetEvent(
        [AsParameters] RecordQueryParameters query, EventQueries events, HttpRequest request, CancellationToken ct) =>
        RecordRepresentation.JsonOrJsonLdAsync("event", query, request, () => events.GetAsync(query.Key, ct), (ld, found) => ld.Event(found));

    public static Task<Results<Created<EventView>, ValidationProblem>> CreateEvent(EventInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Create(input, http, editor, ct);

    public static Task<Results<Ok<EventView>, ProblemHttpResult>> UpdateEvent(string key, EventInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Update(key, input, http, editor, ct);
}
