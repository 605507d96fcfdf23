using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Api.Claims;

public static class ClaimEndpoints
{
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
        return group;
    }

    public static async Task<Results<Ok<ListResponse<ClaimSummaryView>>, CsvResult, ValidationProblem>> ListClaims(
        [AsParameters] ClaimQueryParameters query, ClaimQueries claims, HttpRequest request, CancellationToken ct,
        [Description("With format=csv: true (or 1) starts the file with a UTF-8 byte order mark, so Excel reads non-Latin text correctly.")] string? bom = null)
    {
        var reader = new QueryReader();
        var filter = query.ToFilter(reader);
        if (filter is null)
        {
            return reader.Problem();
        }

        if (!Negotiation.IsKnown(query.Format, "json", "csv"))
        {
            return Negotiation.UnknownFormat(query.Format!, "json", "csv");
        }

        if (Negotiation.Wants(request, query.Format, "csv", Negotiation.Csv))
        {
            return bom is null or "" or "0" or "false" or "1" or "true"
                ? new CsvResult(claims, filter, bom is "1" or "true")
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["bom"] = [$"'{bom}' is not true or false."] },
                    title: "Some query parameters are invalid", type: ProblemTypes.Validation);
        }

        return TypedResults.Ok(ListResponse<ClaimSummaryView>.From(await claims.SearchAsync(filter, query.Limit, query.Cursor, ct), request));
    }

    public static async Task<Results<Ok<ClaimView>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetClaim(
        [Description("The record's numeric id or its slug.")] string key,
        [Description("json (default) or jsonld for schema.org JSON-LD; Accept: application/ld+json works too.")] string? format, ClaimQueries claims, HttpRequest request, CancellationToken ct)
    {
        if (!Negotiation.IsKnown(format, "json", "jsonld"))
        {
            return Negotiation.UnknownFormat(format!, "json", "jsonld");
        }

        if (await claims.GetAsync(key, ct) is not { } claim)
        {
            return ApiProblems.NotFound("claim", key);
        }

        return Negotiation.Wants(request, format, "jsonld", Negotiation.JsonLd)
            ? TypedResults.Text(new JsonLd(request).Claim(claim).ToJsonString(), Negotiation.JsonLd)
            : TypedResults.Ok(claim);
    }
}
