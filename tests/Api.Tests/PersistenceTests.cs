using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Data.Schema;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>The store on a real database file or server: first start, restart, schema upgrades, import and export.</summary>
public abstract class PersistenceTests(DatabaseProvider provider)
{
    private async Task<TestDatabase> NewDatabaseAsync() => await TestDatabase.CreateAsync(provider);

    private static NewsTreatyDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        database.Settings.Configure(options);
        return new NewsTreatyDbContext(options.Options);
    }

    private static async Task<(int Claims, int Events, int Actors, int Articles, int Appearances)> CountsAsync(NewsTreatyFactory factory) =>
        await factory.WithDbAsync(async db => (await db.Claims.CountAsync(), await db.Events.CountAsync(), await db.Actors.CountAsync(),
            await db.Articles.CountAsync(), await db.Appearances.CountAsync()));

    [SkippableFact]
    public async Task TheFirstStartCreatesTheSchemaAndLoadsTheDatasetAndASecondStartDuplicatesNothing()
    {
        using var database = await NewDatabaseAsync();
        (int, int, int, int, int) first;
        await using (var factory = new NewsTreatyFactory(database))
        {
            first = await CountsAsync(factory);
            Assert.True(first.Item1 >= 40);
            var version = await factory.WithDbAsync(db => new SchemaMigrator(db, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).CurrentVersionAsync(default));
            Assert.Equal(SchemaMigrator.LatestVersion(provider), version);
        }

        await using (var again = new NewsTreatyFactory(database))
        {
            Assert.Equal(first, await CountsAsync(again));
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            Assert.True(File.Exists(file));
            await using var db = Context(database);
            Assert.Equal("wal", (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single());
        }
    }

    [SkippableFact]
    public async Task TheNumberedScriptsBuildExactlyTheSchemaTheModelDescribes()
    {
        using var migrated = await NewDatabaseAsync();
        using var modelBuilt = await NewDatabaseAsync();
        await using var a = Context(migrated);
        await using var b = Context(modelBuilt);

        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero));
        await new SchemaMigrator(a, clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await b.Database.EnsureCreatedAsync();

        Assert.Equal(await SchemaSnapshot.TakeAsync(b, provider), await SchemaSnapshot.TakeAsync(a, provider));
        // The journal records when each step ran by the injected clock, not the machine's.
        var applied = await a.Database.SqlQueryRaw<string>("SELECT applied_at AS \"Value\" FROM schema_versions").ToListAsync();
        Assert.Equal(SchemaMigrator.LatestVersion(provider), applied.Count);
        Assert.All(applied, at => Assert.Equal("2031-02-03T04:05:06.0000000Z", at));
    }

    [SkippableFact]
    public async Task ADatabaseWrittenByTheFirstSchemaVersionUpgradesWithoutLosingData()
    {
        using var database = await NewDatabaseAsync();
        await using (var v1 = Context(database))
        {
            Assert.Equal(1, await new SchemaMigrator(v1, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(targetVersion: 1));
            // Rows exactly as version 1 wrote them, before articles had an origin column.
            await v1.Database.ExecuteSqlRawAsync("""
                INSERT INTO outlets ("Name", "Country", "Kind", "StateAffiliated", "Homepage", "Slug", "Revision", "UpdatedAt")
                VALUES ('Old Gazette', 'GB', 'Newspaper', FALSE, NULL, 'old-gazette', 3, '2025-01-01 00:00:00');
                INSERT INTO articles ("OutletId", "Headline", "Genre", "Language", "PublishedOn", "DateBasis", "PublishedUtc", "Slug", "Revision", "UpdatedAt")
                SELECT "Id", 'Kept across the upgrade', 'News', 'en', '1996-09', 'Stated', '1996-09-01 00:00:00', 'kept-article', 2, '2025-01-01 00:00:00'
                FROM outlets WHERE "Slug" = 'old-gazette';
                """);
        }

        await using (var factory = new NewsTreatyFactory(database))
        {
            var client = factory.CreateClient();
            var article = await client.GetJsonAsync("/api/v1/articles/kept-article");
            Assert.Equal("Kept across the upgrade", article.Str("headline"));
            Assert.Equal("1996-09", article.GetProperty("published").GetProperty("date").Str("value"));
            Assert.Equal(2, article.GetProperty("revision").GetInt32());
            var origin = await factory.WithDbAsync(db => db.Articles.Where(x => x.Slug == "kept-article").Select(x => x.OriginOutletId).SingleAsync());
            Assert.NotNull(origin);
            // Data already present: the curated dataset is not loaded over it.
            Assert.Equal(1, await factory.WithDbAsync(db => db.Articles.CountAsync()));
        }
    }

    [SkippableFact]
    public async Task UpgradingToStep10KeepsQuantitiesAndAliasesAndStopsCountingDisputesAsCorroboration()
    {
        using var database = await NewDatabaseAsync();
        await using (var v9 = Context(database))
        {
            Assert.Equal(9, await new SchemaMigrator(v9, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(targetVersion: 9));
            // Rows as step 9 stored them: the triggers of step 6 count the disputing appearance as a second outlet and origin.
            await v9.Database.ExecuteSqlRawAsync("""
                INSERT INTO outlets ("Name", "Country", "Kind", "StateAffiliated", "Homepage", "Slug", "Revision", "UpdatedAt")
                VALUES ('Old Gazette', 'GB', 'Newspaper', FALSE, NULL, 'old-gazette', 1, '2025-01-01 00:00:00'),
                       ('Old Courier', 'GB', 'Newspaper', FALSE, NULL, 'old-courier', 1, '2025-01-01 00:00:00');
                INSERT INTO articles ("OutletId", "Headline", "Genre", "Language", "PublishedOn", "DateBasis", "PublishedUtc", "Slug", "Revision", "UpdatedAt")
                SELECT "Id", 'Says it', 'News', 'en', '2020-01-01', 'Stated', '2020-01-01 00:00:00', 'says-it', 1, '2025-01-01 00:00:00' FROM outlets WHERE "Slug" = 'old-gazette';
                INSERT INTO articles ("OutletId", "Headline", "Genre", "Language", "PublishedOn", "DateBasis", "PublishedUtc", "Slug", "Revision", "UpdatedAt")
                SELECT "Id", 'Denies it', 'News', 'en', '2020-01-02', 'Stated', '2020-01-02 00:00:00', 'denies-it', 1, '2025-01-01 00:00:00' FROM outlets WHERE "Slug" = 'old-courier';
                INSERT INTO actors ("Kind", "Name", "Description", "Slug", "Revision", "UpdatedAt") VALUES ('Person', 'Old Minister', '', 'old-minister', 1, '2025-01-01 00:00:00');
                INSERT INTO actor_aliases ("ActorId", "Name") SELECT "Id", 'the minister' FROM actors WHERE "Slug" = 'old-minister';
                INSERT INTO claims ("Text", "Kind", "Hedging", "ClaimantOutletId", "Status", "Slug", "Revision", "UpdatedAt")
                SELECT 'Seven ships sailed.', 'FactualAssertion', 'Asserted', "Id", 'Unreviewed', 'seven-ships', 1, '2025-01-01 00:00:00' FROM outlets WHERE "Slug" = 'old-gazette';
                INSERT INTO claim_quantities ("ClaimId", "Value", "Unit", "Approximate", "Text") SELECT "Id", 7, 'ships', TRUE, 'seven ships' FROM claims WHERE "Slug" = 'seven-ships';
                INSERT INTO appearances ("ClaimId", "ArticleId", "Quote", "Start", "End", "Role")
                SELECT c."Id", a."Id", 'Seven ships sailed.', 0, 19, 'Originates' FROM claims c, articles a WHERE c."Slug" = 'seven-ships' AND a."Slug" = 'says-it';
                INSERT INTO appearances ("ClaimId", "ArticleId", "Quote", "Start", "End", "Role")
                SELECT c."Id", a."Id", 'No ship sailed.', 0, 15, 'Disputes' FROM claims c, articles a WHERE c."Slug" = 'seven-ships' AND a."Slug" = 'denies-it';
                """);
            Assert.Equal(2, await v9.Claims.Where(c => c.Slug == "seven-ships").Select(c => c.OriginCount).SingleAsync());
        }

        await using var factory = new NewsTreatyFactory(database);
        var claim = await factory.CreateClient().GetJsonAsync("/api/v1/claims/seven-ships");
        Assert.Equal(1, claim.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32());
        var stored = await factory.WithDbAsync(db => db.Claims.Where(c => c.Slug == "seven-ships").Select(c => new { c.OutletCount, c.OriginCount }).SingleAsync());
        Assert.Equal((1, 1), (stored.OutletCount, stored.OriginCount));
        var quantity = claim.GetProperty("quantities")[0];
        Assert.Equal(7m, quantity.GetProperty("value").GetDecimal());
        Assert.Equal("seven ships", quantity.Str("text"));
        Assert.Equal("name", (await factory.CreateClient().GetJsonAsync("/api/v1/actors/old-minister")).GetProperty("aliases")[0].Str("kind"));
    }

    [SkippableFact]
    public async Task ExportThenImportIntoAnEmptyDatabaseRoundTripsTheCuratedDatasetWithoutLoss()
    {
        using var source = await NewDatabaseAsync();
        using var target = await NewDatabaseAsync();
        string exported;
        await using (var factory = new NewsTreatyFactory(source))
        {
            exported = await factory.WithDbAsync(async db =>
                JsonSerializer.Serialize(await new BundleExporter(db, TimeProvider.System).ExportAsync("round trip", default), Bundle.JsonOptions));
        }

        await using (var factory = new NewsTreatyFactory(target, new Dictionary<string, string?> { ["Database:SeedOnStart"] = "false" }))
        {
            Assert.Equal(0, await factory.WithDbAsync(db => db.Claims.CountAsync()));
            var reexported = await factory.WithDbAsync(async db =>
            {
                var importer = new BundleImporter(db, TimeProvider.System, NullLogger<BundleImporter>.Instance);
                await importer.ImportAsync(BundleImporter.Parse(exported), default);
                db.ChangeTracker.Clear();
                return JsonSerializer.Serialize(await new BundleExporter(db, TimeProvider.System).ExportAsync("round trip", default), Bundle.JsonOptions);
            });

            Assert.Equal(Normalize(exported), Normalize(reexported));
        }

        // And the export says everything the curated file says.
        Assert.Equal(Normalize(BundleExporter.ReadCuratedJson(), sortBySlug: true), Normalize(exported, sortBySlug: true));
    }

    [SkippableFact]
    public async Task ImportingTheSameBundleTwiceChangesNothing()
    {
        using var database = await NewDatabaseAsync();
        await using var factory = new NewsTreatyFactory(database);
        var before = await CountsAsync(factory);

        var revisionsBefore = await RevisionsAsync(factory);
        var bundle = BundleImporter.Parse(BundleExporter.ReadCuratedJson());

        var result = await factory.WithDbAsync(db => new BundleImporter(db, TimeProvider.System, NullLogger<BundleImporter>.Instance)
            .ImportAsync(bundle, default));

        Assert.Equal(0, result.Created);
        Assert.Equal(0, result.Updated);
        Assert.Equal(bundle.Claims.Count + bundle.Events.Count + bundle.Actors.Count + bundle.Articles.Count + bundle.Outlets.Count + bundle.Eras.Count,
            result.Unchanged);
        Assert.Equal(before, await CountsAsync(factory));
        Assert.Equal(revisionsBefore, await RevisionsAsync(factory));
    }

    /// <summary>Every record's (kind, id, revision, last change), and every quotation's id: what an ETag and a pinned embed rest on.</summary>
    private static Task<List<string>> RevisionsAsync(NewsTreatyFactory factory) => factory.WithDbAsync(async db =>
        (await db.Claims.Select(c => new { Kind = "claim", c.Id, c.Revision, c.UpdatedAt }).ToListAsync())
        .Concat(await db.Events.Select(e => new { Kind = "event", e.Id, e.Revision, e.UpdatedAt }).ToListAsync())
        .Concat(await db.Actors.Select(a => new { Kind = "actor", a.Id, a.Revision, a.UpdatedAt }).ToListAsync())
        .Concat(await db.Articles.Select(a => new { Kind = "article", a.Id, a.Revision, a.UpdatedAt }).ToListAsync())
        .Select(r => FormattableString.Invariant($"{r.Kind} {r.Id} r{r.Revision} {r.UpdatedAt:O}"))
        .Concat((await db.Appearances.Select(a => new { a.Id, a.ClaimId }).ToListAsync()).Select(a => FormattableString.Invariant($"appearance {a.Id} of {a.ClaimId}")))
        .Order(StringComparer.Ordinal).ToList());

    [SkippableFact]
    public async Task ABundleWithAnyProblemIsRejectedWholeListingEveryProblemAndStoresNothing()
    {
        using var database = await NewDatabaseAsync();
        await using var factory = new NewsTreatyFactory(database);
        var before = await CountsAsync(factory);
        var bundle = JsonNode.Parse(BundleExporter.ReadCuratedJson())!;
        bundle["claims"]![0]!["text"] = "A changed text that must not be stored";
        bundle["claims"]![1]!["claimantActor"] = "nobody-at-all";
        bundle["events"]![0]!["date"] = "1961-13-01";
        bundle["claims"]![2]!["appearances"]![0]!["end"] = 99999;

        var ex = await Assert.ThrowsAsync<BundleException>(() => factory.WithDbAsync(db =>
            new BundleImporter(db, TimeProvider.System, NullLogger<BundleImporter>.Instance).ImportAsync(BundleImporter.Parse(bundle.ToJsonString()), default)));

        Assert.Contains(ex.Problems, p => p.Path == "claims[1].claimantActor" && p.Message.Contains("nobody-at-all", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path == "events[0].date");
        Assert.Contains(ex.Problems, p => p.Path.StartsWith("claims[2].appearances[0]", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync(factory));
        var slug = bundle["claims"]![0]!["slug"]!.GetValue<string>();
        Assert.NotEqual("A changed text that must not be stored", (await factory.CreateClient().GetJsonAsync($"/api/v1/claims/{slug}")).Str("text"));
    }

    [SkippableFact]
    public async Task ABundleThatIsNotJsonOrNotOurFormatIsRejectedWithAPath()
    {
        Assert.Equal("$", Assert.Throws<BundleException>(() => BundleImporter.Parse("{ not json")).Problems[0].Path[..1]);
        var unknownField = Assert.Throws<BundleException>(() => BundleImporter.Parse("""{"format":"newstreaty-bundle","version":1,"claimz":[]}"""));
        Assert.Contains("claimz", unknownField.Problems[0].Message);
        await Task.CompletedTask;
    }

    private static string Normalize(string json, bool sortBySlug = false)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("exportedAt");
        node.Remove("title");
        if (sortBySlug)
        {
            foreach (var (key, value) in node.ToList())
            {
                if (value is JsonArray array)
                {
                    node[key] = new JsonArray(array.Select(x => x!.DeepClone()).OrderBy(x => x!["slug"]?.GetValue<string>(), StringComparer.Ordinal).ToArray());
                }
            }
        }

        return Canonical(node)!.ToJsonString();
    }

    /// <summary>Drops nulls and empty arrays (absent and empty mean the same in a bundle) and sorts object keys and link lists.</summary>
    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null && p.Value is not JsonArray { Count: 0 })
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a when a.All(x => x is JsonValue) => new JsonArray(a.Select(x => x!.DeepClone()).OrderBy(x => x!.ToJsonString(), StringComparer.Ordinal).ToArray()),
        JsonArray a when a.All(x => x is JsonObject o && o.ContainsKey("actor") && o.ContainsKey("role")) =>
            new JsonArray(a.Select(Canonical).OrderBy(x => x!.ToJsonString(), StringComparer.Ordinal).ToArray()),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        JsonValue v when v.TryGetValue<decimal>(out var d) => JsonValue.Create(d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)),
        _ => node?.DeepClone(),
    };
}

public sealed class SqlitePersistenceTests() : PersistenceTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresPersistenceTests() : PersistenceTests(DatabaseProvider.PostgreSql);
