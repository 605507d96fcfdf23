using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>A change as the desk lists it.</summary>
internal sealed record RecentChange(ResourceKind Kind, string Slug, int Number, RevisionAction Action, string Actor, DateTime At);

/// <summary>The latest changes across every record, newest first.</summary>
internal sealed class RecentChanges(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<RecentChange>> LatestAsync(int count, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        return await db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).Take(count)
            .Select(r => new RecentChange(r.ResourceType, r.ResourceSlug, r.Number, r.Action, r.Actor, r.At)).ToListAsync(ct);
    }

    public async Task<HistoryView?> HistoryAsync(ResourceKind kind, string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordHistory>().GetAsync(kind, slug, ct);
    }
}
