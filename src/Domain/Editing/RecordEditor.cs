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
        var deleted = await LastRevisionAsync(kind, slug, ct) is { Action: RevisionAction.Delete };
        return await InTransactionAsync(async () =>
        {
            // The import loads the stored record with this slug anyway: that load is the existence check.
            var (_, run) = await ApplyAsync(record, run =>
            {
                if (run.Record(kind, slug) is not null)
                {
                    throw new ConflictException($"A {Records.Name(kind)} with the slug '{slug}' already exists: update it instead, or choose another slug.");
                }

                return deleted
                    ? throw new ConflictException($"The {Records.Name(kind)} '{slug}' was deleted; an admin can restore it, or choose another slug.")
                    : Task.CompletedTask;
            }, ct);
            var created = Written(run, kind, slug);
            await RecordAsync(run, [new(created, RevisionAction.Create, null)], actor, ct);
            return Key(kind, created);
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
            var (result, run) = await ApplyAsync(next, null, ct);
            var changed = result.Updated > 0;
            var updated = await Records.FindAsync(db, kind, current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            if (updated is null || updated.Revision != expectedRevision + (changed ? 1 : 0))
            {
                throw new StaleRevisionException(kind, key); // another writer got in between our check and our write
            }

            // A change that changes nothing keeps the revision, the ETag and the history as they are.
            if (changed)
            {
                await RecordAsync(run, [new(Written(run, kind, current.Slug), RevisionAction.Update, Records.Serialize(before))], actor, ct);
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
            var (_, run) = await ApplyAsync(Records.Deserialize<TRecord>(snapshot), null, ct);
            var restored = Written(run, kind, deletion.ResourceSlug);
            restored.ContinueFrom(deletion.Number + 1, Now);
            await db.SaveChangesAsync(ct);
            await RecordAsync(run, [new(restored, RevisionAction.Restore, null)], actor, ct);
            return Key(kind, restored);
        }, kind, key, ct);
    }

    /// <summary>Imports a whole bundle (all or nothing) and records a revision for each claim, event, actor and article it creates or changes.</summary>
    /// <remarks>
    /// One transaction, and a fixed number of statements whatever the bundle's size: the import loads each kind of record
    /// in one query; the snapshots of the records it is about to change come from those loaded records, the snapshots
    /// after from the saved ones, and all the revisions are stored with one save.
    /// </remarks>
    public async Task<ImportResult> ImportAsync(Bundle bundle, string actor, CancellationToken ct)
    {
        var records = Records.All(bundle).ToList();
        var stored = new Dictionary<(ResourceKind, string), (int Revision, string Snapshot)>();
        return await InTransactionAsync(async () =>
        {
            var (result, run) = await importer.ImportAsync(bundle, async run =>
            {
                var existing = records.Select(r => (r.Resource, r.Slug, Record: run.Record(r.Resource, r.Slug))).Where(r => r.Record is not null).ToList();
                var snapshots = await exporter.SnapshotsAsync([.. existing.Select(e => e.Record!)], run.Slugs(), ct);
                foreach (var (e, snapshot) in existing.Zip(snapshots))
                {
                    stored[(e.Resource, e.Slug)] = (e.Record!.Revision, Records.Serialize(snapshot));
                }
            }, ct);
            var changes = new List<Change>();
            foreach (var record in records)
            {
                if (run.Record(record.Resource, record.Slug) is not { } written)
                {
                    continue;
                }

                if (!stored.TryGetValue((record.Resource, record.Slug), out var previous))
                {
                    changes.Add(new(written, RevisionAction.Create, null));
                }
                else if (written.Revision != previous.Revision)
                {
                    changes.Add(new(written, RevisionAction.Update, previous.Snapshot));
                }
            }

            await RecordAsync(run, changes, actor, ct);
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

    private async Task<(ImportResult Result, ImportRun Run)> ApplyAsync(IBundleRecord record, Func<ImportRun, Task>? loaded, CancellationToken ct)
    {
        try
        {
            return await importer.ImportAsync(record.AsBundle(), loaded, ct);
        }
        catch (BundleException ex)
        {
            throw RecordRejectedException.From(ex);
        }
    }

    private static Entity Written(ImportRun run, ResourceKind kind, string slug) =>
        run.Record(kind, slug) ?? throw new InvalidOperationException($"The {Records.Name(kind)} '{slug}' the import wrote is missing.");

    private static RecordKey Key(ResourceKind kind, Entity record) => new(kind, record.Id, record.Slug, record.Revision);

    /// <summary>A record the write saved, what was done to it, and its snapshot from before (null for a create or restore).</summary>
    private sealed record Change(Entity Record, RevisionAction Action, string? Before);

    /// <summary>
    /// Stores a revision for each change, with the record's snapshot after it built from the saved entities the import
    /// holds (no record is read back), all with one save.
    /// </summary>
    private async Task RecordAsync(ImportRun run, IReadOnlyList<Change> changes, string actor, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var after = await exporter.SnapshotsAsync([.. changes.Select(c => c.Record)], run.Slugs(), ct);
        var keys = changes.Select(c => Key(Records.KindOf(c.Record), c.Record)).ToList();
        // The records are saved; only the revisions are left to write, so the save need not scan the import's entities.
        db.ChangeTracker.Clear();
        for (var i = 0; i < changes.Count; i++)
        {
            db.Revisions.Add(new Revision(keys[i].Kind, keys[i].Id, keys[i].Slug, keys[i].Revision, changes[i].Action, actor, Now, changes[i].Before,
                Records.Serialize(after[i])));
        }

        await AddedRows.SaveChangesAsync(db, importer.NewRowsThroughInserters, ct);
        foreach (var (key, change) in keys.Zip(changes))
        {
            Log(change.Action, key, actor);
        }
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
        var starts = db.Database.CurrentTransaction is null;
        using var gate = starts ? await SqliteWriteGate.EnterAsync(db, ct) : null;
        await using var transaction = starts ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var result = await work();
            if (transaction is not null)
            {
                await transaction.CommitFinishedAsync();
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
