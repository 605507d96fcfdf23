using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Claims;

/// <summary>The write side of /api/v1/claims: whole claims, and the smaller edits (review status, attaching or detaching evidence).</summary>
public static partial class ClaimEndpoints
{
    public static Task<Results<Created<ClaimView>, ValidationProblem>> CreateClaim(ClaimInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Create(input, http, editor, ct);

    public static Task<Results<Ok<ClaimView>, ProblemHttpResult>> UpdateClaim(string key, ClaimInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Update(key, input, http, editor, ct);

    public static Task<Results<Ok<ClaimView>, ProblemHttpResult>> SetClaimStatus(string key, ReviewInput input, HttpContext http, ClaimEditor editor, CancellationToken ct) =>
        Writes.ChangeAsync(key, http, (claim, actor) =>
            editor.ReviewAsync(claim.Id, claim.Revision, OneOfAttribute<ReviewStatus>.Parse(input.Status!), input.Note, actor, ct), ct);

    public static Task<Results<Ok<ClaimView>, ProblemHttpResult>> AttachAppearance(string key, AppearanceInput input, HttpContext http, ClaimEditor editor, CancellationToken ct) =>
        Writes.ChangeAsync(key, http, (claim, actor) => editor.AttachAsync(claim.Id, claim.Revision, input.ToBundle(), actor, ct), ct);

    /// <summary>If-Match pins the claim's current state, so the appearance id refers to exactly what the client saw.</summary>
    public static Task<Results<Ok<ClaimView>, ProblemHttpResult>> DetachAppearance(string key, int appearanceId, HttpContext http, ClaimEditor editor, CancellationToken ct) =>
        Writes.ChangeAsync(key, http, (claim, actor) => editor.DetachAsync(claim.Id, claim.Revision, appearanceId, actor, ct), ct);
}
