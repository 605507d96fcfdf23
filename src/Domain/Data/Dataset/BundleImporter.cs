using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>What a bundle held, and how many of its records were new, changed, or already stored exactly as given.</summary>
public sealed record ImportResult(int Eras, int Outlets, int Actors, int Articles, int Events, int Claims, int Created, int Updated, int Unchanged);

/// <summary>
/// Imports a bundle by upserting every record by slug, all-or-nothing: the whole bundle is checked
/// first and any problem rejects it with the full list, before anything is written. The checking and
/// applying happen in an <see cref="ImportRun"/>, one part per record kind.
/// </summary>
public sealed class BundleImporter(NewsTreatyDbContext db, TimeProvider clock, ILogger<BundleImporter> logger)
{
    /// <summary>Reading refuses a null where the record type has no null (a list, a name), so the checks never meet one.</summary>
    private static readonly JsonSerializerOptions ReadOptions = new(Bundle.JsonOptions) { RespectNullableAnnotations = true };

    /// <summary>
    /// How many new rows a write must hold before they go through reused insert commands (<see cref="AddedRows"/>);
    /// the record editor's revisions follow it too. Tests set it to 0 or int.MaxValue to compare both paths.
    /// </summary>
    internal int NewRowsThroughInserters { get; init; } = AddedRows.Threshold;

    public static Bundle Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            if (NullItem(document.RootElement, "$") is { } path)
            {
                throw new BundleException([new BundleProblem(path, "A list holds null: give a record or leave the item out.")]);
            }

            return document.Deserialize<Bundle>(ReadOptions) ?? throw new BundleException([new BundleProblem("$", "The document is empty.")]);
        }
        catch (JsonException ex)
        {
            throw new BundleException([new BundleProblem(ex.Path ?? "$", $"Not a valid bundle: {ex.Message}")]);
        }
    }

    private static string? NullItem(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray()
            .Select((item, i) => item.ValueKind == JsonValueKind.Null ? $"{path}[{i}]" : NullItem(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        JsonValueKind.Object => element.EnumerateObject().Select(p => NullItem(p.Value, $"{path}.{p.Name}")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    public async Task<ImportResult> ImportAsync(Bundle bundle, CancellationToken cancellationToken) =>
        (await ImportAsync(bundle, null, cancellationToken)).Result;

    /// <summary>
    /// Works out the origin again for the articles whose origin a write of <paramref name="changed"/> can move: those
    /// articles and every article that copies or relays one of them, directly or through others (read backwards along
    /// the relations), loaded with every article their relations lead to, so each origin is followed to its end.
    /// Before, every article of the database was loaded for this (200,000 at a million claims).
    /// </summary>
    private async Task ResolveOriginsAsync(List<int> changed, CancellationToken ct)
    {
        var affected = changed.ToHashSet();
        for (var frontier = changed; frontier.Count > 0;)
        {
            var next = frontier;
            var sources = await db.Set<ArticleRelation>().Where(r => r.TargetArticleId != null && next.Contains(r.TargetArticleId.Value))
                .Select(r => r.ArticleId).Distinct().ToListAsync(ct);
            frontier = sources.Where(affected.Add).ToList();
        }

        var loaded = new List<Article>();
        var asked = affected.ToHashSet();
        for (var wanted = affected.ToList(); wanted.Count > 0;)
        {
            var ids = wanted;
            var batch = await db.Articles.Include(a => a.Relations).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
            loaded.AddRange(batch);
            wanted = batch.SelectMany(a => a.Relations).Select(r => r.TargetArticleId).OfType<int>().Where(asked.Add).ToList();
        }

        Provenance.Resolve(loaded);
    }

    /// <summary>
    /// The import, and the run that made it: the records it loaded and wrote, still tracked and saved, so the record editor
    /// records their history without reading them back. <paramref name="loaded"/> sees the stored records the bundle names
    /// before anything is checked or applied (the editor refuses a create of an existing slug there) and may throw.
    /// </summary>
    internal async Task<(ImportResult Result, ImportRun Run)> ImportAsync(Bundle bundle, Func<ImportRun, Task>? loaded, CancellationToken cancellationToken)
    {
        var run = new ImportRun(db, clock.GetUtcNow().UtcDateTime);
        await run.LoadExistingAsync(bundle, cancellationToken);
        if (loaded is not null)
        {
            await loaded(run);
        }

        run.Apply(bundle);
        if (run.Problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new BundleException(run.Problems);
        }

        // Editors import single records inside their own transaction, together with the revision they record.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // Each claim's words (and, on PostgreSQL, statistics) are refreshed once, after all of its rows are written.
        var deferred = await ClaimUpkeep.DeferAsync(db, bundle.Claims.Count + bundle.Articles.Count, cancellationToken);
        // A large bundle's new records go through reused insert commands; SaveChanges writes the rest.
        await AddedRows.SaveChangesAsync(db, NewRowsThroughInserters, cancellationToken);
        if (bundle.Articles.Count > 0)
        {
            // Only articles and their relations decide where reporting originates; editing a claim need not reload any article.
            var slugs = bundle.Articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
            var saved = db.ChangeTracker.Entries<Article>().Select(e => e.Entity).Where(a => slugs.Contains(a.Slug)).Select(a => a.Id).ToList();
            await ResolveOriginsAsync(saved, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (deferred)
        {
            await ClaimUpkeep.WriteDeferredAsync(db, cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        var result = new ImportResult(bundle.Eras.Count, bundle.Outlets.Count, bundle.Actors.Count, bundle.Articles.Count,
            bundle.Events.Count, bundle.Claims.Count, run.Created, run.Updated, run.Unchanged);
        // A record editor applies one record as an untitled bundle and logs the edit in its own words.
        if (bundle.Title is not null)
        {
            logger.LogInformation("Imported bundle {Title}: {Created} records created, {Updated} updated, {Unchanged} unchanged, {Claims} claims in all",
                bundle.Title, run.Created, run.Updated, run.Unchanged, bundle.Claims.Count);
        }
        return (result, run);
    }
}
