using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The edits to a claim smaller than replacing it: reviewing it and attaching or detaching evidence.
/// Each is an update of the whole claim through <see cref="RecordEditor"/>, so it is checked against
/// the expected revision, validated like an import and recorded in the history.
/// </summary>
public sealed class ClaimEditor(NewsTreatyDbContext db, RecordEditor editor)
{
    public Task<RecordKey> ReviewAsync(string key, int expectedRevision, ReviewStatus status, string? note, string actor, CancellationToken ct) =>
        editor.UpdateAsync<BundleClaim>(key, expectedRevision, c => c with { Status = status, StatusNote = note }, actor, ct);

    public Task<RecordKey> AttachAsync(string key, int expectedRevision, BundleAppearance appearance, string actor, CancellationToken ct) =>
        editor.UpdateAsync<BundleClaim>(key, expectedRevision, c => c with { Appearances = [.. c.Appearances ?? [], appearance] }, actor, ct);

    /// <summary>Detaches the appearance with this id (as the claim's view shows it); the last one cannot go, a claim needs evidence.</summary>
    public async Task<RecordKey> DetachAsync(string key, int expectedRevision, int appearanceId, string actor, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().Where(Querying.KeyLookup.ByIdOrSlug<Claim>(key)).Select(c => new { c.Id }).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("claim", key);
        var gone = await db.Appearances.AsNoTracking().Where(a => a.Id == appearanceId && a.ClaimId == claim.Id)
                       .Select(a => new { Article = a.Article.Slug, a.Start, a.End }).FirstOrDefaultAsync(ct)
                   ?? throw new NotFoundException("appearance of this claim", appearanceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await editor.UpdateAsync<BundleClaim>(key, expectedRevision, c => c with
        {
            Appearances = (c.Appearances ?? []).Where(a => !(a.Article == gone.Article && a.Start == gone.Start && a.End == gone.End)).ToList(),
        }, actor, ct);
    }
}
