using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Claims;

/// <summary>Smaller edits to a claim than a full PUT: its review status, and attaching or detaching evidence.</summary>
internal static class ClaimReviewEndpoints
{
    public static void MapClaimReviewEndpoints(this RouteGroupBuilder claims, RecordWriteHandlers<ClaimInput, BundleClaim, ClaimView> handlers)
    {
        claims.MapPut("/{key}/status", (string key, ReviewInput input, HttpContext http, ClaimEditor editor, CancellationToken ct) =>
                handlers.ChangeAsync(key, http, (claim, actor) =>
                    editor.ReviewAsync(claim.Id, claim.Revision, OneOfAttribute<ReviewStatus>.Parse(input.Status!), input.Note, actor, ct), ct))
            .RequireAuthorization(ApiRoles.Editor).AddEndpointFilter<ValidationFilter<ReviewInput>>()
            .WithName("SetClaimStatus").WithSummary("Set a claim's review status (editor; If-Match required)");

        claims.MapPost("/{key}/appearances", (string key, AppearanceInput input, HttpContext http, ClaimEditor editor, CancellationToken ct) =>
                handlers.ChangeAsync(key, http, (claim, actor) => editor.AttachAsync(claim.Id, claim.Revision, input.ToBundle(), actor, ct), ct))
            .RequireAuthorization(ApiRoles.Editor).AddEndpointFilter<ValidationFilter<AppearanceInput>>()
            .WithName("AttachAppearance").WithSummary("Attach evidence (an exact quoted span of an article) to a claim (editor; If-Match required)");

        // If-Match pins the claim's current state, so the appearance id refers to exactly what the client saw.
        claims.MapDelete("/{key}/appearances/{appearanceId:int}", (string key, int appearanceId, HttpContext http, ClaimEditor editor, CancellationToken ct) =>
                handlers.ChangeAsync(key, http, (claim, actor) => editor.DetachAsync(claim.Id, claim.Revision, appearanceId, actor, ct), ct))
            .RequireAuthorization(ApiRoles.Editor)
            .WithName("DetachAppearance").WithSummary("Detach one appearance, by the id the claim's GET shows (editor; If-Match required)");
    }
}
