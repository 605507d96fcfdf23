using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A word search sorted newest first or by corroboration takes one of two plans (<c>Search:SortAllMatchesUpTo</c>):
/// sort every match read from the full-text index (few matches), or walk the sort's index in page order (many). Both
/// hosts here serve one database, one with the bound at 0 (every search walks) and one with the default (every search
/// of this corpus sorts): every page of every word must be the same.
/// </summary>
public abstract partial class WordSearchPlanTests(DatabaseProvider provider)
{
    [GeneratedRegex(@"\b[a-z]{4,}\b")]
    private static partial Regex Word();

    [SkippableFact]
    public async Task BothPlansPageThroughTheSameClaimsInTheSameOrder()
    {
        await using var sorting = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider));
        using var _ = sorting.Database;
        var sorted = sorting.CreateClient();
        await using (var scope = sorting.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
            await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(600, null, null, null, null, seed: 11), TextWriter.Null).RunAsync(default);
        }

        await using var walking = new NewsTreatyFactory(sorting.Database, new Dictionary<string, string?>
        {
            ["Search:SortAllMatchesUpTo"] = "0",
            ["Database:SeedOnStart"] = "false",
        });
        var walked = walking.CreateClient();

        // Words from rare to common: every word of a sample of claims, and the curated story's own.
        var sample = (await sorted.GetJsonAsync("/api/v1/claims?limit=40")).Items().Select(c => c.Str("text"))
            .Concat((await sorted.GetJsonAsync("/api/v1/claims?limit=40&sort=corroboration")).Items().Select(c => c.Str("text")));
        var words = sample.SelectMany(t => Word().Matches(t.ToLowerInvariant()).Select(m => m.Value)).Append("treaty").Distinct(StringComparer.Ordinal)
            .Take(30).ToList();
        Assert.True(words.Count >= 10, string.Join(", ", words));

        var nonEmpty = 0;
        foreach (var word in words)
        {
            foreach (var query in new[] { $"q={word}&sort=date&limit=7", $"q={word}&sort=corroboration&limit=7", $"q={word}&sort=date&limit=3&claimant=economist" })
            {
                var a = (await sorted.AllItemsAsync("/api/v1/claims?" + query)).Select(c => c.Str("slug")).ToList();
                var b = (await walked.AllItemsAsync("/api/v1/claims?" + query)).Select(c => c.Str("slug")).ToList();
                Assert.True(a.SequenceEqual(b), $"{query}: sorted [{string.Join(' ', a)}] walked [{string.Join(' ', b)}]");
                Assert.Equal(a.Count, a.Distinct(StringComparer.Ordinal).Count());
                nonEmpty += a.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(nonEmpty >= words.Count, $"only {nonEmpty} of {words.Count * 3} searches found anything");
    }
}

public sealed class SqliteWordSearchPlanTests() : WordSearchPlanTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWordSearchPlanTests() : WordSearchPlanTests(DatabaseProvider.PostgreSql);
