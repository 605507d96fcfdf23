using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Claims;

/// <summary>Every route of /api/v1/claims: searching and reading claims, and the writes (ClaimWrites.cs).</summary>
public static partial class ClaimEndpoints
{
    internal static readonly RecordWrites<ClaimInput, BundleClaim, ClaimView> Writes =
        new("claims", (services, key, ct) => services.GetRequiredService<ClaimQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static RouteGroupBuilder MapClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/claims").WithTags("Claims");
        group.MapGet("/", ListClaims).WithName(nameof(ListClaims))
            .WithSummary("Search and list claims")
            .WithDescription("Claims with claimant, status and corroboration. Filters combine (all must hold); follow `next` for more. "
                + "`format=csv` or `Accept: text/csv` returns every matching claim as CSV.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{key}", GetClaim).WithName(nameof(GetClaim))
            .WithSummary("One claim by id or slug, with every appearance (quotation, offsets, outlet) and its corroboration.")
            .WithDescription("`format=jsonld` or `Accept: application/ld+json` returns a schema.org Claim (with a ClaimReview once reviewed).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateClaim).AsCreate(ResourceKind.Claim);
        group.MapPut("/{key}", UpdateClaim).AsUpdate(ResourceKind.Claim);
        group.MapRecordLifecycle(Writes);
        group.MapPut("/{key}/status", SetClaimStatus).RequireAuthorization(ApiRoles.Editor)
            .WithName(nameof(SetClaimStatus)).WithSummary("Set a claim's review status (editor; If-Match required)");
        group.MapPost("/{key}/appearances", AttachAppearance).RequireAuthorization(ApiRoles.Editor)
            .WithName(nameof(AttachAppearance)).WithSummary("Attach evidence (an exact quoted span of an article) to a claim (editor; If-Match required)");
        group.MapDelete("/{key}/appearances/{appearanceId:int}", DetachAppearance).RequireAuthorization(ApiRoles.Editor)
            .WithName(nameof(DetachAppearance)).WithSummary("Detach one appearance, by the id the claim's GET shows (editor; If-Match required)");
        return group;
    }

    public static async Task<Results<Ok<ListResponse<ClaimSummaryView>>, CsvResult>> ListClaims(
        [AsParameters] ClaimQueryParameters query, ClaimQueries claims, HttpRequest request, CancellationToken ct)
    {
        var filter = query.ToFilter();
        return Negotiation.Wants(request, query.Format, "csv", Negotiation.Csv)
            ? new CsvResult(claims, filter, query.WantsByteOrderMark)
            : TypedResults.Ok(ListResponse<ClaimSummaryView>.From(await claims.SearchAsync(filter, query.Limit, query.Cursor, ct), request));
    }

    public static Task<Results<Ok<ClaimView>, ContentHttpResult, ProblemHttpResult>> GetClaim(
        [AsParameters] RecordQueryParameters query, ClaimQueries claims, HttpRequest request, CancellationToken ct) =>
        RecordRepresentation.JsonOrJsonLdAsync("claim", query, request, () => claims.GetAsync(query.Key, ct), (ld, found) => ld.Claim(found));
}
