using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>The load-test corpus generator writes data the API serves, searches and pages like the real thing.</summary>
public abstract class SyntheticCorpusTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task AGeneratedCorpusIsServedSearchedAndPagedNextToTheCuratedOne()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider));
        using var _ = factory.Database;
        var client = factory.CreateClient();
        var before = await CountAsync(client, "/api/v1/claims?limit=500");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
            await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1200, null, null, null, null, seed: 7), TextWriter.Null).RunAsync(default);
        }

        Assert.Equal(before + 1200, await CountAsync(client, "/api/v1/claims?limit=500"));
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
        if (provider == DatabaseProvider.Sqlite)
        {
            // The generator writes the claims' words once per transaction, in key order (schema step 0014).
            await ClaimWordsTests.AssertIndexesEqualARebuildAsync(factory);
        }

        Assert.Equal(before + 1200, await CountAsync(client, "/api/v1/claims?limit=500&sort=corroboration"));
        var hits = (await client.GetJsonAsync("/api/v1/claims?q=treaty&limit=500")).Items().ToList();
        Assert.Contains(hits, c => c.Str("slug").StartsWith("syn-", StringComparison.Ordinal));
        Assert.NotEmpty((await client.GetJsonAsync("/api/v1/claims?q=treaty&claimant=economist")).Items());
        var top = (await client.GetJsonAsync("/api/v1/claims?sort=corroboration&limit=1")).Items().Single();
        Assert.True(top.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32() >= 3);

        // Skew: the busiest claimant makes far more claims than one further down the list.
        var tag = (await client.GetJsonAsync("/api/v1/actors?limit=500")).Items().Select(a => a.Str("slug"))
            .First(s => s.StartsWith("syn-", StringComparison.Ordinal)).Split("-actor-")[0];
        var counts = new List<int>();
        foreach (var index in new[] { 0, 20 })
        {
            counts.Add(await CountAsync(client, $"/api/v1/claims?claimant={tag}-actor-{index}&limit=500"));
        }

        Assert.True(counts[0] > 3 * Math.Max(1, counts[1]), string.Join(", ", counts));
    }

    /// <summary>
    /// Stopped part-way, the generator gives its connection back with PostgreSQL's triggers and SQLite's foreign keys on:
    /// the connection returns to the pool with its session (neither engine resets it) and later writes would skip them.
    /// </summary>
    [SkippableFact]
    public async Task AGeneratorStoppedPartWayLeavesItsConnectionAsItFoundIt()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider));
        using var _ = factory.Database;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        using var stop = new CancellationTokenSource();
        var corpus = new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1200, null, null, null, null, seed: 8), new StopOnFirstLine(stop));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => corpus.RunAsync(stop.Token));

        var connection = db.Database.GetDbConnection(); // the generator's own, still open
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.PostgreSql ? "SELECT current_setting('session_replication_role')" : "PRAGMA foreign_keys";
        Assert.Equal(provider == DatabaseProvider.PostgreSql ? "origin" : "1", Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<int> CountAsync(HttpClient client, string url) => (await client.AllItemsAsync(url)).Count;

    /// <summary>Progress that stops the run at its first line (the first table written).</summary>
    private sealed class StopOnFirstLine(CancellationTokenSource stop) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override Task WriteLineAsync(string? value)
        {
            stop.Cancel();
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteSyntheticCorpusTests() : SyntheticCorpusTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresSyntheticCorpusTests() : SyntheticCorpusTests(DatabaseProvider.PostgreSql);
