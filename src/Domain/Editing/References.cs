using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Editing;

/// <summary>
/// Which other records point at a record. Deleting a record that others refer to would silently
/// strip evidence from claims or actors from events, so such deletes are refused until the
/// references are changed; what a record refers to itself is kept in its history snapshot.
/// </summary>
internal static class References
{
    public static async Task<IReadOnlyList<string>> ToAsync(NewsTreatyDbContext db, ResourceKind kind, int id, CancellationToken ct)
    {
        var found = new List<string>();
        switch (kind)
        {
            case ResourceKind.Event:
                found.AddRange(await db.Claims.Where(c => c.Events.Any(e => e.EventId == id)).Select(c => "claim " + c.Slug).ToListAsync(ct));
                break;
            case ResourceKind.Actor:
                found.AddRange(await db.Claims.Where(c => c.ClaimantActorId == id || c.Subjects.Any(s => s.ActorId == id)).Select(c => "claim " + c.Slug).ToListAsync(ct));
                found.AddRange(await db.Events.Where(e => e.Actors.Any(a => a.ActorId == id)).Select(e => "event " + e.Slug).ToListAsync(ct));
                found.AddRange(await db.Actors.Where(a => a.Affiliations.Any(f => f.OrganisationId == id)).Select(a => "actor " + a.Slug).ToListAsync(ct));
                break;
            case ResourceKind.Article:
                found.AddRange(await db.Claims.Where(c => c.Appearances.Any(a => a.ArticleId == id)).Select(c => "claim " + c.Slug).ToListAsync(ct));
                found.AddRange(await db.Events.Where(e => e.Articles.Any(a => a.ArticleId == id)).Select(e => "event " + e.Slug).ToListAsync(ct));
                found.AddRange(await db.Articles.Where(a => a.Relations.Any(r => r.TargetArticleId == id)).Select(a => "article " + a.Slug).ToListAsync(ct));
                break;
            case ResourceKind.Outlet:
                found.AddRange(await db.Articles.Where(a => a.OutletId == id || a.OriginOutletId == id || a.Relations.Any(r => r.TargetOutletId == id))
                    .Select(a => "article " + a.Slug).ToListAsync(ct));
                found.AddRange(await db.Claims.Where(c => c.ClaimantOutletId == id).Select(c => "claim " + c.Slug).ToListAsync(ct));
                break;
            case ResourceKind.Claim:
                break; // nothing refers to a claim
            default:
                throw Records.Unknown(kind);
        }

        return found.Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
