using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Editing;

/// <summary>The identity of a stored record: what an edit needs to know before changing it.</summary>
public sealed record RecordKey(ResourceKind Kind, int Id, string Slug, int Revision);

/// <summary>
/// What differs between the five editable kinds: where they are stored. Every switch names each kind and
/// throws for any other, so a new kind fails loudly here until it is given its place.
/// </summary>
internal static class Records
{
    private static readonly JsonSerializerOptions SnapshotOptions = new(Bundle.JsonOptions) { WriteIndented = false };

    public static string Name(ResourceKind kind) => kind.ToString().ToLowerInvariant();

    public static async Task<RecordKey?> FindAsync(NewsTreatyDbContext db, ResourceKind kind, string key, CancellationToken ct) => kind switch
    {
        ResourceKind.Claim => await KeyOf(db.Claims, kind, key, ct),
        ResourceKind.Event => await KeyOf(db.Events, kind, key, ct),
        ResourceKind.Actor => await KeyOf(db.Actors, kind, key, ct),
        ResourceKind.Article => await KeyOf(db.Articles, kind, key, ct),
        ResourceKind.Outlet => await KeyOf(db.Outlets, kind, key, ct),
        _ => throw Unknown(kind),
    };

    public static ResourceKind KindOf(Entity record) => record switch
    {
        Claims.Claim => ResourceKind.Claim,
        Events.Event => ResourceKind.Event,
        Actors.Actor => ResourceKind.Actor,
        Articles.Article => ResourceKind.Article,
        Articles.Outlet => ResourceKind.Outlet,
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Not an editable kind of record."),
    };

    /// <summary>Deletes the record only if it is still at <paramref name="revision"/>; child rows go by the schema's cascades.</summary>
    public static Task<int> DeleteAsync(NewsTreatyDbContext db, ResourceKind kind, int id, int revision, CancellationToken ct) => kind switch
    {
        ResourceKind.Claim => db.Claims.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        ResourceKind.Event => db.Events.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        ResourceKind.Actor => db.Actors.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        ResourceKind.Article => db.Articles.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        ResourceKind.Outlet => db.Outlets.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        _ => throw Unknown(kind),
    };

    /// <summary>Every editable record of a bundle, claims first.</summary>
    public static IEnumerable<IBundleRecord> All(Bundle bundle) =>
        bundle.Claims.Concat<IBundleRecord>(bundle.Events).Concat(bundle.Actors).Concat(bundle.Articles).Concat(bundle.Outlets);

    public static string Serialize(IBundleRecord record) => JsonSerializer.Serialize(record, record.GetType(), SnapshotOptions);

    public static TRecord Deserialize<TRecord>(string json) where TRecord : class, IBundleRecord<TRecord> =>
        JsonSerializer.Deserialize<TRecord>(json, SnapshotOptions)
        ?? throw new InvalidOperationException($"A {Name(TRecord.Resource)} snapshot in the history is empty.");

    public static ArgumentOutOfRangeException Unknown(ResourceKind kind) =>
        new(nameof(kind), kind, "Not an editable kind of record: give it its place in Records and References.");

    private static Task<RecordKey?> KeyOf<T>(IQueryable<T> set, ResourceKind kind, string key, CancellationToken ct) where T : Entity =>
        set.AsNoTracking().Where(KeyLookup.ByIdOrSlug<T>(key)).Select(e => new RecordKey(kind, e.Id, e.Slug, e.Revision)).FirstOrDefaultAsync(ct);
}
