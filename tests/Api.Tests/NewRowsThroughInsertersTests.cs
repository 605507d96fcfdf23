using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A large write's new rows go through reused insert commands (<see cref="AddedRows"/>), not SaveChanges. The same
/// imports through either path leave the same records, revisions, database-derived statistics, origins and words; on
/// both engines, each path with its own database.
/// </summary>
public abstract class NewRowsThroughInsertersTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset At = new(2031, 2, 3, 4, 5, 6, TimeSpan.Zero);

    /// <summary>The properties of a bundle that hold a slug or a list of slugs, whatever kind of record they name.</summary>
    private static readonly HashSet<string> SlugProperties =
        ["slug", "outlet", "article", "articles", "actor", "organisation", "era", "claimantActor", "claimantOutlet", "subjects", "events"];

    /// <summary>The curated bundle with every slug, and every reference to one, given <paramref name="prefix"/>: the same records again, new.</summary>
    private static Bundle Renamed(string prefix, Func<JsonObject, bool>? keep = null)
    {
        var root = JsonNode.Parse(BundleExporter.ReadCuratedJson())!.AsObject();
        Rename(root, prefix);
        if (keep is not null)
        {
            foreach (var list in new[] { "eras", "outlets", "actors", "articles", "events", "claims" })
            {
                var kept = root[list]!.AsArray().Where(n => keep(n!.AsObject())).Select(n => n!.DeepClone()).ToArray();
                root[list] = new JsonArray(kept);
            }
        }

        return BundleImporter.Parse(root.ToJsonString());
    }

    private static void Rename(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (SlugProperties.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var slug))
                    {
                        o[name] = prefix + slug;
                    }
                    else if (SlugProperties.Contains(name) && value is JsonArray { Count: > 0 } a && a[0] is JsonValue first && first.TryGetValue<string>(out _))
                    {
                        o[name] = new JsonArray([.. a.Select(s => (JsonNode)(prefix + s!.GetValue<string>()))]);
                    }
                    else
                    {
                        Rename(value, prefix);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Rename(item, prefix);
                }

                break;
        }
    }

    /// <summary>
    /// The curated dataset, a renamed copy of all of it (every kind new, with aliases, affiliations, relations between
    /// the new articles, event actors and articles), then a bundle that changes a stored claim and adds 89 claims.
    /// </summary>
    private static IEnumerable<Bundle> Imports()
    {
        yield return BundleImporter.Parse(BundleExporter.ReadCuratedJson());
        yield return Renamed("copy-");
        var curated = BundleImporter.Parse(BundleExporter.ReadCuratedJson());
        var changed = curated.Claims[0] with { Text = curated.Claims[0].Text + " (reworded)", Status = ReviewStatus.Confirmed };
        var more = Renamed("more-").Claims.ConvertAll(c => c with
        {
            // The new claims refer to the stored records, not to renamed ones that do not exist.
            ClaimantActor = Unprefixed(c.ClaimantActor),
            ClaimantOutlet = Unprefixed(c.ClaimantOutlet),
            Subjects = c.Subjects?.ConvertAll(s => Unprefixed(s)!),
            Events = c.Events?.ConvertAll(e => Unprefixed(e)!),
            Appearances = c.Appearances?.ConvertAll(a => a with { Article = Unprefixed(a.Article)! }),
        });
        yield return new Bundle { Title = "changes and more claims", Claims = [changed, .. more] };

        static string? Unprefixed(string? slug) => slug?["more-".Length..];
    }

    private static readonly string[] Words = ["treaty", "putin", "defence"];

    private sealed record Stored(string Export, List<string> Revisions, List<string> Derived, List<string> Search);

    private async Task<Stored> ImportAsync(int threshold)
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider), new Dictionary<string, string?> { ["Database:SeedOnStart"] = "false" });
        using var _ = factory.Database;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<NewsTreatyDbContext>();
            var clock = new FakeTimeProvider(At);
            var importer = new BundleImporter(db, clock, NullLogger<BundleImporter>.Instance) { NewRowsThroughInserters = threshold };
            var editor = new RecordEditor(db, importer, services.GetRequiredService<BundleExporter>(), clock, NullLogger<RecordEditor>.Instance);
            foreach (var bundle in Imports())
            {
                await editor.ImportAsync(bundle, "tester", default);
            }
        }

        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
        if (provider == DatabaseProvider.Sqlite)
        {
            await ClaimWordsTests.AssertIndexesEqualARebuildAsync(factory);
        }
        else
        {
            await ClaimUpkeepTests.AssertEqualARebuildAsync(factory);
        }

        return await factory.WithDbAsync(async db =>
        {
            var export = await new BundleExporter(db, new FakeTimeProvider(At)).ExportAsync("compared", default) with { ExportedAt = null };
            var revisions = await db.Revisions.AsNoTracking().OrderBy(r => r.ResourceType).ThenBy(r => r.ResourceSlug).ThenBy(r => r.Number)
                .Select(r => $"{r.ResourceType} {r.ResourceSlug} {r.Number} {r.Action} {r.Actor} {r.At:O} {r.Before} {r.After}").ToListAsync();
            var claims = await db.Claims.AsNoTracking().OrderBy(c => c.Slug)
                .Select(c => $"{c.Slug} {c.Revision} {c.FirstSeenUtc:O} {c.OutletCount} {c.OriginCount} {c.UpdatedAt:O}").ToListAsync();
            var subjects = await db.Set<ClaimSubject>().AsNoTracking().Join(db.Claims, s => s.ClaimId, c => c.Id, (s, c) => new { c.Slug, s.ActorId, s.FirstSeenUtc })
                .Join(db.Actors, s => s.ActorId, a => a.Id, (s, a) => $"{s.Slug} {a.Slug} {s.FirstSeenUtc:O}").ToListAsync();
            var origins = await db.Articles.AsNoTracking().OrderBy(a => a.Slug)
                .Select(a => $"{a.Slug} {db.Outlets.Where(o => o.Id == a.OriginOutletId).Select(o => o.Slug).FirstOrDefault()} {a.Revision}").ToListAsync();
            var client = factory.CreateClient();
            var search = new List<string>();
            foreach (var word in Words)
            {
                var items = await client.AllItemsAsync($"/api/v1/claims?q={word}&limit=500");
                search.AddRange(items.Select(i => $"{word} {i.Str("slug")}").Order(StringComparer.Ordinal));
            }

            return new Stored(JsonSerializer.Serialize(export, Bundle.JsonOptions), revisions, [.. claims, .. subjects.Order(StringComparer.Ordinal), .. origins], search);
        });
    }

    [SkippableFact]
    public async Task ImportsThroughTheInsertersStoreWhatSaveChangesStores()
    {
        var viaInserters = await ImportAsync(threshold: 0);
        var viaSaveChanges = await ImportAsync(threshold: int.MaxValue);

        Assert.Equal(viaSaveChanges.Derived, viaInserters.Derived);
        Assert.Equal(viaSaveChanges.Revisions, viaInserters.Revisions);
        Assert.Equal(viaSaveChanges.Search, viaInserters.Search);
        Assert.Equal(viaSaveChanges.Export, viaInserters.Export);
        // The comparison covers what it should: three imports' records and revisions, found by words.
        Assert.Equal(89 * 3, viaInserters.Derived.Count(l => l.Split(' ').Length == 6));
        Assert.True(viaInserters.Revisions.Count > (89 * 3) + 30 + 28, $"{viaInserters.Revisions.Count} revisions");
        Assert.Contains(viaInserters.Search, s => s.StartsWith("treaty more-", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task EveryNewRowOfAnImportIsWrittenByTheInsertersAndSaveChangesIsLeftNothing()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider));
        using var _ = factory.Database;
        var (added, written, left, states) = await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var bundle = Renamed("rows-");
            var run = new ImportRun(db, At.UtcDateTime);
            await run.LoadExistingAsync(bundle, default);
            run.Apply(bundle);
            Assert.Empty(run.Problems);
            var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata.ClrType.Name).ToDictionary(g => g.Key, g => g.Count());
            var written = await AddedRows.InsertAsync(db, 0, default);
            var states = db.ChangeTracker.Entries().Select(e => e.State).Distinct().ToList();
            var left = await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return (added, written, left, states);
        });

        Assert.Equal(added.Values.Sum(), written);
        Assert.Equal([EntityState.Unchanged], states);
        Assert.Equal(0, left);
        // Every kind of row an import writes was among them.
        Assert.Equal(
            ["Actor", "ActorAffiliation", "ActorAlias", "Appearance", "Article", "ArticleRelation", "Claim", "ClaimEvent", "ClaimQuantity", "ClaimSubject", "Era", "Event", "EventActor", "EventArticle", "Outlet"],
            added.Keys.Order(StringComparer.Ordinal));

        // The keys the database gave reached the dependents: each copied claim is served with its appearances, subjects and events.
        var client = factory.CreateClient();
        foreach (var slug in new[] { "putin-first-visit-since-2000", "treaty-signed-with-mutual-aid-pledge" })
        {
            var original = await client.GetJsonAsync($"/api/v1/claims/{slug}");
            var copy = await client.GetJsonAsync($"/api/v1/claims/rows-{slug}");
            foreach (var list in new[] { "appearances", "subjects", "events" })
            {
                Assert.Equal(original.GetProperty(list).GetArrayLength(), copy.GetProperty(list).GetArrayLength());
            }

            Assert.Equal(original.GetProperty("corroboration").GetRawText(), copy.GetProperty("corroboration").GetRawText());
        }
    }

    [SkippableFact]
    public async Task ATypeWithChangedRowsInTheSameSaveIsLeftToSaveChanges()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider));
        using var _ = factory.Database;
        var (written, claimsLeft) = await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var bundle = Imports().Last();
            var run = new ImportRun(db, At.UtcDateTime);
            await run.LoadExistingAsync(bundle, default);
            run.Apply(bundle);
            Assert.Empty(run.Problems);
            var written = await AddedRows.InsertAsync(db, 0, default);
            var claimsLeft = db.ChangeTracker.Entries<Claim>().Count(e => e.State == EntityState.Added);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return (written, claimsLeft);
        });

        // A stored claim changed: new claims wait for SaveChanges, which may have to order them against the change, and so
        // does every row that depends on a new claim.
        Assert.Equal(89, claimsLeft);
        Assert.Equal(0, written);
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
        var client = factory.CreateClient();
        Assert.Equal("confirmed", (await client.GetJsonAsync("/api/v1/claims/trump-spurned-kim-at-hanoi")).Str("status"));
        Assert.Equal(1, (await client.GetJsonAsync("/api/v1/claims/more-kim-two-trips-to-far-east")).GetProperty("quantities").GetArrayLength());
    }

    [Fact]
    public void EveryTypeAnImportOrTheEditorWritesCanBeWrittenByTheInserters()
    {
        using var database = TestDatabase.NewSqlite();
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        database.Settings.Configure(options);
        using var db = new NewsTreatyDbContext(options.Options);
        var unwritable = db.Model.GetEntityTypes().Select(t => (t.ClrType.Name, Why: RowInserter.Unwritable(t))).Where(t => t.Why is not null).ToList();

        Assert.Empty(unwritable);
    }
}

public sealed class SqliteNewRowsThroughInsertersTests() : NewRowsThroughInsertersTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresNewRowsThroughInsertersTests() : NewRowsThroughInsertersTests(DatabaseProvider.PostgreSql);
