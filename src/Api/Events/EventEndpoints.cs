using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Api.Events;

public static class EventEndpoints
{
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
        routes.MapGet("/timeline", GetTimeline).WithTags("Timeline").WithName(nameof(GetTimeline))
            .WithSummary("Events in date order, with eras and the number of articles and independent sources behind each")
            .WithDescription("Every event while there are at most 500; above that, the events of the lowest importance that keeps the list " +
                "within 500, or the top level alone when that alone has more (the timeline page draws the same), with `minImportance` saying which and `totalEvents` how many there are. " +
                "`minImportance=1` asks for every event; `/api/v1/events` pages through all of them with filters. " +
                "`format=timelinejs` returns TimelineJS 3 JSON that `new TL.Timeline(element, url)` loads as is.")
            .Produces<TimelineJs.Document>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Results<Ok<ListResponse<EventSummaryView>>, ValidationProblem>> ListEvents(
        [AsParameters] EventQueryParameters query, EventQueries events, HttpRequest request, CancellationToken ct)
    {
        var reader = new QueryReader();
        return query.ToFilter(reader) is { } filter
            ? TypedResults.Ok(ListResponse<EventSummaryView>.From(await events.SearchAsync(filter, query.Limit, query.Cursor, ct), request))
            : reader.Problem();
    }

    public static async Task<Results<Ok<EventView>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetEvent(
        [Description("The record's numeric id or its slug.")] string key,
        [Description("json (default) or jsonld for schema.org JSON-LD; Accept: application/ld+json works too.")] string? format, EventQueries events, HttpRequest request, CancellationToken ct)
    {
        if (!Negotiation.IsKnown(format, "json", "jsonld"))
        {
            return Negotiation.UnknownFormat(format!, "json", "jsonld");
        }

        if (await events.GetAsync(key, ct) is not { } found)
        {
            return ApiProblems.NotFound("event", key);
        }

        return Negotiation.Wants(request, format, "jsonld", Negotiation.JsonLd)
            ? TypedResults.Text(new JsonLd(request).Event(found).ToJsonString(), Negotiation.JsonLd)
            : TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<TimelineView>, Ok<TimelineJs.Document>, ValidationProblem>> GetTimeline(
        [Description("json (default) or timelinejs for TimelineJS 3 JSON.")] string? format,
        [Description("Only events of at least this importance (1–5); by default the lowest that keeps the list within 500 events.")] string? minImportance,
        TimelineQueries timeline, CancellationToken ct)
    {
        if (!Negotiation.IsKnown(format, "json", "timelinejs"))
        {
            return Negotiation.UnknownFormat(format!, "json", "timelinejs");
        }

        var reader = new QueryReader();
        var min = reader.Int("minImportance", minImportance, Domain.Events.Event.MinImportance, Domain.Events.Event.MaxImportance);
        if (!reader.IsValid)
        {
            return reader.Problem();
        }

        var shown = await timeline.ShownTimelineAsync(ct, min);
        var view = shown.Timeline with { MinImportance = shown.MinImportance, TotalEvents = shown.TotalEvents };
        return string.Equals(format, "timelinejs", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Ok(TimelineJs.From(view))
            : TypedResults.Ok(view);
    }
}
