using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Reading;

namespace NewsTreaty.Api.Claims;

/// <summary>Smaller edits to a claim than a full PUT: its review status, and attaching or detaching evidence.</summary>
internal static class ClaimReviewEndpoints
{
    public static void MapClaimReviewEndpoints(this RouteGroupBuilder claims, RecordWriteHandlers<ClaimInput, ClaimView> handlers)
    {
        claims.MapPut("/{key}/status", (string key, ReviewInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
                handlers.ChangeAsync(key, http, editor, (c, _) => (BundleClaim)c with
                {
                    Status = OneOfAttribute<ReviewStatus>.Parse(input.Status!),
                    StatusNote = input.Note,
                }, ct))
            .RequireAuthorization(ApiRoles.Editor).AddEndpointFilter<ValidationFilter<ReviewInput>>()
            .WithName("SetClaimStatus").WithSummary("Set a claim's review status (editor; If-Match required)");

        claims.MapPost("/{key}/appearances", (string key, AppearanceInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
                handlers.ChangeAsync(key, http, editor, (c, _) => (BundleClaim)c with
                {
                    Appearances = [.. ((BundleClaim)c).Appearances ?? [], input.ToBundle()],
                }, ct))
            .RequireAuthorization(ApiRoles.Editor).AddEndpointFilter<ValidationFilter<AppearanceInput>>()
            .WithName("AttachAppearance").WithSummary("Attach evidence (an exact quoted span of an article) to a claim (editor; If-Match required)");

        claims.MapDelete("/{key}/appearances/{appearanceId:int}", (string key, int appearanceId, HttpContext http, RecordEditor editor, CancellationToken ct) =>
                DetachAsync(handlers, key, appearanceId, http, editor, ct))
            .RequireAuthorization(ApiRoles.Editor)
            .WithName("DetachAppearance").WithSummary("Detach one appearance, by the id the claim's GET shows (editor; If-Match required)");
    }

    private static async Task<Results<Ok<ClaimView>, ProblemHttpResult>> DetachAsync(
        RecordWriteHandlers<ClaimInput, ClaimView> handlers, string key, int appearanceId, HttpContext http, RecordEditor editor, CancellationToken ct)
    {
        // If-Match pins the claim's current state, so the appearance id refers to exactly what the client saw.
        var (view, problem) = await handlers.CheckPreconditionAsync(key, http, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (view!.Appearances.FirstOrDefault(a => a.Id == appearanceId) is not { } gone)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound, title: "Not found",
                detail: $"Claim '{key}' has no appearance {appearanceId}; its appearances are {string.Join(", ", view.Appearances.Select(a => a.Id))}.");
        }

        return await handlers.ChangeAsync(key, http, editor, (c, _) =>
        {
            var claim = (BundleClaim)c;
            return claim with
            {
                Appearances = (claim.Appearances ?? []).Where(a => !(a.Article == gone.Article.Slug && a.Start == gone.Start && a.End == gone.End)).ToList(),
            };
        }, ct);
    }
}
