using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Claims with a word, newest first or most corroborated first, page by page, are exactly the word's matches in that
/// order, for a rare word and for the commonest. On PostgreSQL a rare word's page is sorted in memory from its few
/// matches (the server's word statistics say they are few) and a common word's is read by walking the sort index;
/// the reference is the relevance search's set of matches, sorted here.
/// </summary>
public abstract partial class WordPagingTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task PagesByDateAndCorroborationHoldExactlyTheMatchesInOrderForRareAndCommonWords()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider), new Dictionary<string, string?> { ["ApiCache:Enabled"] = "false" });
        using var _ = factory.Database;
        var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
            await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1500, null, null, null, null, seed: 11), TextWriter.Null).RunAsync(default);
            if (provider == DatabaseProvider.PostgreSql)
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE claims_fts");
            }
        }

        // Words of the generated claims (the curated ones hold English stop words, which PostgreSQL does not index).
        var counts = (await client.AllItemsAsync("/api/v1/claims?limit=500")).Where(c => c.Str("slug").StartsWith("syn-", StringComparison.Ordinal))
            .SelectMany(c => Words().Matches(c.Str("text").ToLowerInvariant()).Select(m => m.Value).Distinct())
            .GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = counts.MaxBy(p => p.Value).Key;
        var rare = counts.Where(p => p.Value is >= 3 and <= 12).OrderBy(p => p.Key, StringComparer.Ordinal).First().Key;

        if (provider == DatabaseProvider.PostgreSql)
        {
            // The rare word really takes the in-memory way: the server's statistics estimate it under 5,000 claims.
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
            var estimate = await factory.Services.GetRequiredService<WordFrequencies>().ClaimsWithAllAsync(db, [rare], default);
            Assert.True(estimate is <= 5000, $"'{rare}' estimated at {estimate} claims");
        }

        foreach (var word in new[] { rare, common })
        {
            foreach (var filter in new[] { "", "&status=unreviewed" })
            {
                var matches = await client.AllItemsAsync($"/api/v1/claims?q={word}&sort=relevance&limit=500{filter}");
                Assert.True(filter.Length > 0 || matches.Count > 0, $"no claim matches '{word}'");

                var byDate = await client.AllItemsAsync($"/api/v1/claims?q={word}&sort=date&limit=7{filter}");
                var expectedByDate = matches.OrderByDescending(FirstSeen).ThenByDescending(Id).Select(Id).ToList();
                Assert.Equal(expectedByDate, byDate.Select(Id).ToList());

                var byCorroboration = await client.AllItemsAsync($"/api/v1/claims?q={word}&sort=corroboration&limit=7{filter}");
                var expectedByCorroboration = matches.OrderByDescending(Origins).ThenBy(Id).Select(Id).ToList();
                Assert.Equal(expectedByCorroboration, byCorroboration.Select(Id).ToList());
            }
        }
    }

    private static int Id(JsonElement claim) => claim.GetProperty("id").GetInt32();

    private static DateTimeOffset FirstSeen(JsonElement claim) => claim.GetProperty("firstSeen").ValueKind == JsonValueKind.Null
        ? DateTimeOffset.MinValue
        : DateTimeOffset.Parse(claim.Str("firstSeen"), CultureInfo.InvariantCulture);

    private static int Origins(JsonElement claim) => claim.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32();

    [GeneratedRegex("[a-z]{4,}")]
    private static partial Regex Words();
}

public sealed class SqliteWordPagingTests() : WordPagingTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWordPagingTests() : WordPagingTests(DatabaseProvider.PostgreSql);
