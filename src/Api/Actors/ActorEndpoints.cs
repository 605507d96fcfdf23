using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Api.Actors;

/// <summary>The query string of GET /api/v1/actors.</summary>
public sealed record ActorQueryParameters(
    [property: FromQuery(Name = "q"), Description("Words that start the actor's name or one of its aliases (\"shoig\" finds Shoigu); best match first.")] string? Q,
    [property: FromQuery(Name = "kind"), Description("person, state, organisation or media.")] string? Kind,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor);

public static class ActorEndpoints
{
    public static RouteGroupBuilder MapActorEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/actors").WithTags("Actors");
        group.MapGet("/", ListActors).WithName(nameof(ListActors)).WithSummary("Search and list people, states, organisations and media")
            .ProducesValidationProblem();
        group.MapGet("/{key}", GetActor).WithName(nameof(GetActor))
            .WithSummary("One actor by id or slug, with aliases, affiliations, claims made and about it, events and co-occurring actors")
            .WithDescription("`format=jsonld` or `Accept: application/ld+json` returns a schema.org Person or Organization with its Wikidata `sameAs`.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<ListResponse<ActorSummaryView>>, ValidationProblem>> ListActors(
        [AsParameters] ActorQueryParameters query, ActorQueries actors, HttpRequest request, CancellationToken ct)
    {
        var reader = new QueryReader();
        var q = reader.Words("q", query.Q);
        var kind = reader.Enum<ActorKind>("kind", query.Kind);
        return reader.IsValid
            ? TypedResults.Ok(ListResponse<ActorSummaryView>.From(await actors.SearchAsync(new ActorFilter(q, kind), query.Limit, query.Cursor, ct), request))
            : reader.Problem();
    }

    public static async Task<Results<Ok<ActorView>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetActor(
        [Description("The record's numeric id or its slug.")] string key,
        [Description("json (default) or jsonld for schema.org JSON-LD; Accept: application/ld+json works too.")] string? format, ActorQueries actors, HttpRequest request, CancellationToken ct)
    {
        if (!Negotiation.IsKnown(format, "json", "jsonld"))
        {
            return Negotiation.UnknownFormat(format!, "json", "jsonld");
        }

        if (await actors.GetAsync(key, ct) is not { } found)
        {
            return ApiProblems.NotFound("actor", key);
        }

        return Negotiation.Wants(request, format, "jsonld", Negotiation.JsonLd)
            ? TypedResults.Text(new JsonLd(request).Actor(found).ToJsonString(), Negotiation.JsonLd)
            : TypedResults.Ok(found);
    }
}
