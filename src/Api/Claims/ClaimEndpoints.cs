using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Reading;

namespace NewsTreaty.Api.Claims;

public static class ClaimEndpoints
{
    public static RouteGroupBuilder MapClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/claims").WithTags("Claims");
        group.MapGet("/", ListClaims).WithName(nameof(ListClaims))
            .WithSummary("List claims").WithDescription("Claims with claimant, status and corroboration, in id order; follow `next` for more.");
        group.MapGet("/{key}", GetClaim).WithName(nameof(GetClaim))
            .WithSummary("One claim by id or slug, with every appearance (quotation, offsets, outlet) and its corroboration.");
        return group;
    }

    public static async Task<Ok<ListResponse<ClaimSummaryView>>> ListClaims(
        [AsParameters] PageQuery page, ClaimQueries claims, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ClaimSummaryView>.From(await claims.ListAsync(page.Limit, page.Cursor, ct), request));

    public static async Task<Results<Ok<ClaimView>, ProblemHttpResult>> GetClaim(string key, ClaimQueries claims, CancellationToken ct) =>
        await claims.GetAsync(key, ct) is { } claim ? TypedResults.Ok(claim) : ApiProblems.NotFound("claim", key);
}
