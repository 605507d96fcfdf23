using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Editing;

/// <summary>One change as shown to readers; the snapshots are records in the dataset bundle's shape.</summary>
public sealed record RevisionView(long Id, int Number, RevisionAction Action, string Actor, DateTime At, JsonElement? Before, JsonElement? After);

public sealed record HistoryView(ResourceKind Resource, string Slug, bool Deleted, IReadOnlyList<RevisionView> Revisions);

/// <summary>Reads the recorded changes of a record, including records that have since been deleted.</summary>
public sealed class RecordHistory(NewsTreatyDbContext db)
{
    /// <summary>Null when there is no such record and never was; a record from the curated dataset has an empty history until it is edited.</summary>
    public async Task<HistoryView?> GetAsync(ResourceKind kind, string key, CancellationToken ct)
    {
        var current = await Records.FindAsync(db, kind, key, ct);
        var slug = current?.Slug
                   ?? await ForKey(db, kind, key).OrderByDescending(r => r.Id).Select(r => r.ResourceSlug).FirstOrDefaultAsync(ct);
        if (slug is null)
        {
            return null;
        }

        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ResourceType == kind && r.ResourceSlug == slug)
            .OrderBy(r => r.Id).ToListAsync(ct);
        return new HistoryView(kind, slug, current is null, revisions.Select(r =>
            new RevisionView(r.Id, r.Number, r.Action, r.Actor, r.At, Parse(r.Before), Parse(r.After))).ToList());
    }

    internal static IQueryable<Revision> ForKey(NewsTreatyDbContext db, ResourceKind kind, string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? db.Revisions.Where(r => r.ResourceType == kind && r.ResourceId == id)
            : db.Revisions.Where(r => r.ResourceType == kind && r.ResourceSlug == key);

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
