using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Editing;

/// <summary>The identity of a stored record: what an edit needs to know before changing it.</summary>
public sealed record RecordKey(ResourceKind Kind, int Id, string Slug, int Revision);

/// <summary>What differs between the four editable kinds: where they live and which bundle record holds them.</summary>
internal static class Records
{
    private static readonly JsonSerializerOptions SnapshotOptions = new(Bundle.JsonOptions) { WriteIndented = false };

    public static string Name(ResourceKind kind) => kind.ToString().ToLowerInvariant();

    public static async Task<RecordKey?> FindAsync(NewsTreatyDbContext db, ResourceKind kind, string key, CancellationToken ct) => kind switch
    {
        ResourceKind.Claim => await db.Claims.AsNoTracking().Where(KeyLookup.ByIdOrSlug<Claims.Claim>(key))
            .Select(e => new RecordKey(kind, e.Id, e.Slug, e.Revision)).FirstOrDefaultAsync(ct),
        ResourceKind.Event => await db.Events.AsNoTracking().Where(KeyLookup.ByIdOrSlug<Events.Event>(key))
            .Select(e => new RecordKey(kind, e.Id, e.Slug, e.Revision)).FirstOrDefaultAsync(ct),
        ResourceKind.Actor => await db.Actors.AsNoTracking().Where(KeyLookup.ByIdOrSlug<Actors.Actor>(key))
            .Select(e => new RecordKey(kind, e.Id, e.Slug, e.Revision)).FirstOrDefaultAsync(ct),
        _ => await db.Articles.AsNoTracking().Where(KeyLookup.ByIdOrSlug<Articles.Article>(key))
            .Select(e => new RecordKey(kind, e.Id, e.Slug, e.Revision)).FirstOrDefaultAsync(ct),
    };

    public static async Task<Entity> LoadAsync(NewsTreatyDbContext db, ResourceKind kind, int id, CancellationToken ct) => kind switch
    {
        ResourceKind.Claim => await db.Claims.FirstAsync(e => e.Id == id, ct),
        ResourceKind.Event => await db.Events.FirstAsync(e => e.Id == id, ct),
        ResourceKind.Actor => await db.Actors.FirstAsync(e => e.Id == id, ct),
        _ => await db.Articles.FirstAsync(e => e.Id == id, ct),
    };

    /// <summary>Deletes the record only if it is still at <paramref name="revision"/>; child rows go by the schema's cascades.</summary>
    public static Task<int> DeleteAsync(NewsTreatyDbContext db, ResourceKind kind, int id, int revision, CancellationToken ct) => kind switch
    {
        ResourceKind.Claim => db.Claims.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        ResourceKind.Event => db.Events.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        ResourceKind.Actor => db.Actors.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
        _ => db.Articles.Where(e => e.Id == id && e.Revision == revision).ExecuteDeleteAsync(ct),
    };

    public static string SlugOf(object record) => record switch
    {
        BundleClaim c => c.Slug,
        BundleEvent e => e.Slug,
        BundleActor a => a.Slug,
        BundleArticle a => a.Slug,
        _ => throw new ArgumentException($"{record.GetType().Name} is not an editable record.", nameof(record)),
    };

    public static Bundle BundleOf(object record) => record switch
    {
        BundleClaim c => new Bundle { Claims = [c] },
        BundleEvent e => new Bundle { Events = [e] },
        BundleActor a => new Bundle { Actors = [a] },
        BundleArticle a => new Bundle { Articles = [a] },
        _ => throw new ArgumentException($"{record.GetType().Name} is not an editable record.", nameof(record)),
    };

    public static IEnumerable<(ResourceKind Kind, string Slug, object Record)> All(Bundle bundle) =>
        bundle.Claims.Select(c => (ResourceKind.Claim, c.Slug, (object)c))
            .Concat(bundle.Events.Select(e => (ResourceKind.Event, e.Slug, (object)e)))
            .Concat(bundle.Actors.Select(a => (ResourceKind.Actor, a.Slug, (object)a)))
            .Concat(bundle.Articles.Select(a => (ResourceKind.Article, a.Slug, (object)a)));

    public static string Serialize(object record) => JsonSerializer.Serialize(record, record.GetType(), SnapshotOptions);

    public static object Deserialize(ResourceKind kind, string json) => kind switch
    {
        ResourceKind.Claim => JsonSerializer.Deserialize<BundleClaim>(json, SnapshotOptions)!,
        ResourceKind.Event => JsonSerializer.Deserialize<BundleEvent>(json, SnapshotOptions)!,
        ResourceKind.Actor => JsonSerializer.Deserialize<BundleActor>(json, SnapshotOptions)!,
        _ => JsonSerializer.Deserialize<BundleArticle>(json, SnapshotOptions)!,
    };
}
