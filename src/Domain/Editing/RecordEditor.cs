using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Domain.Editing;

/// <summary>
/// Creates, changes, deletes and restores claims, events, actors and articles, one record at a time,
/// recording each change as a <see cref="Revision"/>. Records come in their bundle shape and are
/// applied by the <see cref="BundleImporter"/>, so an edit obeys exactly the rules an import does.
/// UI-agnostic: the API and any editor UI call the same methods with the name of whoever acts.
/// </summary>
public sealed class RecordEditor(NewsTreatyDbContext db, BundleImporter importer, BundleExporter exporter, TimeProvider clock, ILogger<RecordEditor> logger)
{
    public async Task<RecordKey> CreateAsync<TRecord>(TRecord record, string actor, CancellationToken ct)
        where TRecord : class, IBundleRecord<TRecord>
    {
        var kind = TRecord.Resource;
        var slug = record.Slug;
        if (await Records.FindAsync(db, kind, slug, ct) is not null)
        {
            throw new ConflictException($"A {Records.Name(kind)} with the slug '{slug}' already exists: update it instead, or choose another slug.");
        }

        if (await LastRevisionAsync(kind, slug, ct) is { Action: RevisionAction.Delete })
        {
            throw new ConflictException($"The {Records.Name(kind)} '{slug}' was deleted; an admin can restore it, or choose another slug.");
        }

        return await InTransactionAsync(async () =>
        {
            await ApplyAsync(record, ct);
            var created = await Records.FindAsync(db, kind, slug, ct) ?? throw new InvalidOperationException("The created record is missing.");
            await RecordAsync(created, RevisionAction.Create, actor, null, ct);
            return created;
        }, kind, slug, ct);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the record's current bundle form, provided the record is
    /// still at <paramref name="expectedRevision"/>; otherwise throws <see cref="StaleRevisionException"/> and changes nothing.
    /// </summary>
    public async Task<RecordKey> UpdateAsync<TRecord>(string key, int expectedRevision, Func<TRecord, TRecord> change, string actor, CancellationToken ct)
        where TRecord : class, IBundleRecord<TRecord>
    {
        var kind = TRecord.Resource;
        var current = await RequireAsync(kind, key, expectedRevision, ct);
        var before = await exporter.ExportRecordAsync<TRecord>(current.Id, ct) ?? throw new NotFoundException(Records.Name(kind), key);
        var next = change(before);
        if (next.Slug != current.Slug)
        {
            throw new RecordRejectedException(new Dictionary<string, string[]>
            {
                ["slug"] = [$"The slug of '{current.Slug}' cannot change; create a new record under the new slug and delete this one."],
            });
        }

        return await InTransactionAsync(async () =>
        {
            var changed = (await ApplyAsync(next, ct)).Updated > 0;
            var updated = await Records.FindAsync(db, kind, current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            if (updated is null || updated.Revision != expectedRevision + (changed ? 1 : 0))
            {
                throw new StaleRevisionException(kind, key); // another writer got in between our check and our write
            }

            // A change that changes nothing keeps the revision, the ETag and the history as they are.
            if (changed)
            {
                await RecordAsync(updated, RevisionAction.Update, actor, Records.Serialize(before), ct);
            }

            return updated;
        }, kind, key, ct);
    }

    public async Task DeleteAsync<TRecord>(string key, int expectedRevision, string actor, CancellationToken ct)
        where TRecord : class, IBundleRecord<TRecord>
    {
        var kind = TRecord.Resource;
        var current = await RequireAsync(kind, key, expectedRevision, ct);
        var referrers = await References.ToAsync(db, kind, current.Id, ct);
        if (referrers.Count > 0)
        {
            throw new ConflictException($"The {Records.Name(kind)} '{current.Slug}' is still referred to by {string.Join(", ", referrers)}; change those first.");
        }

        var before = await exporter.ExportRecordAsync<TRecord>(current.Id, ct) ?? throw new NotFoundException(Records.Name(kind), key);
        await InTransactionAsync(async () =>
        {
            if (await Records.DeleteAsync(db, kind, current.Id, expectedRevision, ct) == 0)
            {
                throw new StaleRevisionException(kind, key);
            }

            db.Revisions.Add(new Revision(kind, current.Id, current.Slug, expectedRevision + 1, RevisionAction.Delete, actor, Now, Records.Serialize(before), null));
            await db.SaveChangesAsync(ct);
            Log(RevisionAction.Delete, current with { Revision = expectedRevision + 1 }, actor);
            return current;
        }, kind, key, ct);
    }

    /// <summary>Brings a deleted record back from the snapshot taken when it was deleted (under a new id, with its slug).</summary>
    public async Task<RecordKey> RestoreAsync<TRecord>(string key, string actor, CancellationToken ct)
        where TRecord : class, IBundleRecord<TRecord>
    {
        var kind = TRecord.Resource;
        if (await Records.FindAsync(db, kind, key, ct) is { } existing)
        {
            throw new ConflictException($"The {Records.Name(kind)} '{existing.Slug}' exists; only a deleted record can be restored.");
        }

        var deletion = await LastRevisionAsync(kind, key, ct);
        if (deletion is not { Action: RevisionAction.Delete, Before: { } snapshot })
        {
            throw new NotFoundException(Records.Name(kind), key);
        }

        return await InTransactionAsync(async () =>
        {
            await ApplyAsync(Records.Deserialize<TRecord>(snapshot), ct);
            var restored = await Records.FindAsync(db, kind, deletion.ResourceSlug, ct) ?? throw new InvalidOperationException("The restored record is missing.");
            var entity = await Records.LoadAsync(db, kind, restored.Id, ct);
            entity.ContinueFrom(deletion.Number + 1, Now);
            await db.SaveChangesAsync(ct);
            restored = restored with { Revision = entity.Revision };
            await RecordAsync(restored, RevisionAction.Restore, actor, null, ct);
            return restored;
        }, kind, key, ct);
    }

    /// <summary>Imports a whole bundle (all or nothing) and records a revision for each claim, event, actor and article it creates or changes.</summary>
    public async Task<ImportResult> ImportAsync(Bundle bundle, string actor, CancellationToken ct)
    {
        var records = Records.All(bundle).ToList();
        var stored = new Dictionary<(ResourceKind, string), (int Revision, string? Snapshot)>();
        foreach (var record in records)
        {
            if (await Records.FindAsync(db, record.Resource, record.Slug, ct) is { } found)
            {
                var snapshot = await exporter.ExportRecordAsync(record.Resource, found.Id, ct) is { } before ? Records.Serialize(before) : null;
                stored[(record.Resource, record.Slug)] = (found.Revision, snapshot);
            }
        }

        return await InTransactionAsync(async () =>
        {
            var result = await importer.ImportAsync(bundle, ct);
            foreach (var record in records)
            {
                if (await Records.FindAsync(db, record.Resource, record.Slug, ct) is not { } written)
                {
                    continue;
                }

                if (!stored.TryGetValue((record.Resource, record.Slug), out var previous))
                {
                    await RecordAsync(written, RevisionAction.Create, actor, null, ct);
                }
                else if (written.Revision != previous.Revision)
                {
                    await RecordAsync(written, RevisionAction.Update, actor, previous.Snapshot, ct);
                }
            }

            return result;
        }, null, "", ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<RecordKey> RequireAsync(ResourceKind kind, string key, int expectedRevision, CancellationToken ct)
    {
        var current = await Records.FindAsync(db, kind, key, ct) ?? throw new NotFoundException(Records.Name(kind), key);
        return current.Revision == expectedRevision ? current : throw new StaleRevisionException(kind, key);
    }

    internal Task<Revision?> LastRevisionAsync(ResourceKind kind, string key, CancellationToken ct) =>
        RecordHistory.ForKey(db, kind, key).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    private async Task<ImportResult> ApplyAsync(IBundleRecord record, CancellationToken ct)
    {
        try
        {
            return await importer.ImportAsync(record.AsBundle(), ct);
        }
        catch (BundleException ex)
        {
            throw RecordRejectedException.From(ex);
        }
    }

    private async Task RecordAsync(RecordKey key, RevisionAction action, string actor, string? before, CancellationToken ct)
    {
        var after = await exporter.ExportRecordAsync(key.Kind, key.Id, ct) is { } record ? Records.Serialize(record) : null;
        db.Revisions.Add(new Revision(key.Kind, key.Id, key.Slug, key.Revision, action, actor, Now, before, after));
        await db.SaveChangesAsync(ct);
        Log(action, key, actor);
    }

    // In the words of the operation ("Updated claim x to revision 3 by ..."), not of the import it is built on.
    private void Log(RevisionAction action, RecordKey key, string actor) =>
        logger.LogInformation("{Action} {Kind} {Slug} (revision {Revision}) by {Actor}",
            action switch
            {
                RevisionAction.Create => "Created",
                RevisionAction.Update => "Updated",
                RevisionAction.Delete => "Deleted",
                _ => "Restored",
            }, Records.Name(key.Kind), key.Slug, key.Revision, actor);

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, ResourceKind? kind, string key, CancellationToken ct)
    {
        // A caller that writes several records as one change (accepting ingestion proposals) holds the transaction itself.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var result = await work();
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        }
        catch (DbUpdateConcurrencyException) when (kind is { } k)
        {
            throw new StaleRevisionException(k, key);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
