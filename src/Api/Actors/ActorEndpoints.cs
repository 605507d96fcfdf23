using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Reading;

namespace NewsTreaty.Api.Actors;

public static class ActorEndpoints
{
    public static RouteGroupBuilder MapActorEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/actors").WithTags("Actors");
        group.MapGet("/", ListActors).WithName(nameof(ListActors)).WithSummary("List people, states, organisations and media");
        group.MapGet("/{key}", GetActor).WithName(nameof(GetActor))
            .WithSummary("One actor by id or slug, with aliases, affiliations, claims made and about it, events and co-occurring actors");
        return group;
    }

    public static async Task<Ok<ListResponse<ActorSummaryView>>> ListActors(
        [AsParameters] PageQuery page, ActorQueries actors, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ActorSummaryView>.From(await actors.ListAsync(page.Limit, page.Cursor, ct), request));

    public static async Task<Results<Ok<ActorView>, ProblemHttpResult>> GetActor(string key, ActorQueries actors, CancellationToken ct) =>
        await actors.GetAsync(key, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound("actor", key);
}
