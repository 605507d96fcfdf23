using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Actors;

/// <summary>Every route of /api/v1/actors: listing and reading actors, and writing them.</summary>
public static class ActorEndpoints
{
    internal static readonly RecordWrites<ActorInput, BundleActor, ActorView> Writes =
        new("actors", (services, key, ct) => services.GetRequiredService<ActorQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static RouteGroupBuilder MapActorEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/actors").WithTags("Actors");
        group.MapGet("/", ListActors).WithName(nameof(ListActors)).WithSummary("Search and list people, states, organisations and media")
            .ProducesValidationProblem();
        group.MapGet("/{key}", GetActor).WithName(nameof(GetActor))
            .WithSummary("One actor by id or slug, with aliases, affiliations, claims made and about it, events and co-occurring actors")
            .WithDescription("`format=jsonld` or `Accept: application/ld+json` returns a schema.org Person or Organization with its Wikidata `sameAs`.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateActor).AsCreate(ResourceKind.Actor);
        group.MapPut("/{key}", UpdateActor).AsUpdate(ResourceKind.Actor);
        group.MapRecordLifecycle(Writes);
        return group;
    }

    public static async Task<Ok<ListResponse<ActorSummaryView>>> ListActors(
        [AsParameters] ActorQueryParameters query, ActorQueries actors, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ActorSummaryView>.From(await actors.SearchAsync(query.ToFilter(), query.Limit, query.Cursor, ct), request));

    public static Task<Results<Ok<ActorView>, ContentHttpResult, ProblemHttpResult>> GetActor(
        [AsParameters] RecordQueryParameters query, ActorQueries actors, HttpRequest request, CancellationToken ct) =>
        RecordRepresentation.JsonOrJsonLdAsync("actor", query, request, () => actors.GetAsync(query.Key, ct), (ld, found) => ld.Actor(found));

    public static Task<Results<Created<ActorView>, ValidationProblem>> CreateActor(ActorInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Create(input, http, editor, ct);

    public static Task<Results<Ok<ActorView>, ProblemHttpResult>> UpdateActor(string key, ActorInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Update(key, input, http, editor, ct);
}
