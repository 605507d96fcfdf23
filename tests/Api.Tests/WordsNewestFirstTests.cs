using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Claims with a word, newest first: q alone or with kind and status is read on SQLite from the date-ordered full-text
/// index (schema step 0013, rows keyed by first-seen minute, then id), any other filter through the general path. Both
/// give the same pages, cursors and JSON (minSources=0 holds for every claim and sends a search down the general path)
/// for dates that share a minute, share an instant, lie before 1970 or are missing, and after every kind of write that
/// moves a claim in time or changes its words. The order is also checked against the relevance search's set of
/// matches, sorted here. Each test has its own database.
/// </summary>
public abstract class WordsNewestFirstTests(DatabaseProvider provider)
{
    private static readonly string[] Filters = ["", "&kind=prediction", "&status=unreviewed", "&kind=opinion&status=confirmed", "&status=false"];

    private static readonly string[] Times =
    [
        "2024-06-19T12:00:30", "2024-06-19T12:00:10", "2024-06-19T12:00:10", "2024-06-19T11:59:59", "2024-06-19T12:01:00",
        "1969-12-31T23:59:59.5", "1970-01-01T00:00:00", "1961-07-06T00:00:00", "2023-02-28T08:15:45.25",
    ];

    /// <summary>A host without the read cache over a database with the dataset and what <paramref name="write"/> adds (given its first outlet and actor).</summary>
    private async Task<NewsTreatyFactory> StartAsync(Func<NewsTreatyDbContext, Outlet, Actor, Task> write)
    {
        var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider), new Dictionary<string, string?> { ["ApiCache:Enabled"] = "false" });
        await factory.WithDbAsync(async db =>
        {
            await write(db, await db.Outlets.OrderBy(o => o.Id).FirstAsync(), await db.Actors.OrderBy(a => a.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        return factory;
    }

    [SkippableFact]
    public async Task AWordsPagesNewestFirstMatchTheGeneralPathAcrossSharedMinutesTiesFiltersAndWrites()
    {
        await using var factory = await StartAsync(async (db, outlet, claimant) =>
        {
            var articles = Times.Select((t, i) => new Article($"zephyr-article-{i}", outlet, $"Zephyr report {i}", Genre.News, At(t))).ToList();
            db.Articles.AddRange(articles);
            // Ids do not follow dates: within 12:00 the later second goes to the lower id, and two claims share 12:00:10.
            var kinds = new[] { ClaimKind.Prediction, ClaimKind.Opinion, ClaimKind.FactualAssertion };
            var statuses = new[] { ReviewStatus.Unreviewed, ReviewStatus.Confirmed, ReviewStatus.Unreviewed, ReviewStatus.Disputed };
            for (var i = 0; i < 40; i++)
            {
                // Every fifth claim holds the word only in its quotation, every seventh has no appearance at all.
                var claim = new Claim($"zephyr-{i}", i % 5 == 4 ? $"A breeze report number {i} on the coastal plain." : $"The zephyr number {i} crossed the coastal plain.",
                    kinds[i % kinds.Length], claimant, null, Hedging.Asserted);
                claim.Review(statuses[i % statuses.Length], null);
                if (i % 7 != 6)
                {
                    Quote(claim, articles[i % articles.Count], i % 5 == 4 ? "a zephyr, they said" : "the coastal plain");
                }

                if (i % 11 == 3)
                {
                    Quote(claim, articles[(i + 4) % articles.Count], "a second quotation");
                }

                db.Claims.Add(claim);
                await db.SaveChangesAsync();
            }

            db.Claims.Add(new Claim("quokka-only", "A lone quokka on the island.", ClaimKind.Opinion, claimant, null, Hedging.Asserted));
        });
        using var _ = factory.Database;
        var client = factory.CreateClient();

        await AssertSameAsGeneralPathAsync(client);
        // Within the minute 12:00, 12:00:30 comes before 12:00:10 though its claim's id is lower.
        var ordered = (await client.AllItemsAsync("/api/v1/claims?q=zephyr&sort=date&limit=3")).Select(c => c.Str("slug")).ToList();
        Assert.True(ordered.IndexOf("zephyr-0") < ordered.IndexOf("zephyr-37"), string.Join(", ", ordered));
        Assert.Empty((await client.GetJsonAsync("/api/v1/claims?q=nonesuch&sort=date")).Items());

        // Every write that moves a claim in time or changes its words: an old appearance replaced by a newer one, appearances removed, a
        // re-dated article, text that loses or gains the word, a quotation edited, a claim deleted.
        await factory.WithDbAsync(async db =>
        {
            var newest = new Article("zephyr-article-late", await db.Outlets.OrderBy(o => o.Id).FirstAsync(), "Late report", Genre.News, At("2025-01-02T03:04:05"));
            var oldest = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == "zephyr-7");
            oldest.ClearAppearances();
            Quote(oldest, newest, "late news");
            var emptied = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == "zephyr-0");
            emptied.ClearAppearances();
            (await db.Claims.SingleAsync(c => c.Slug == "zephyr-1")).Update("No longer about that wind.", ClaimKind.Opinion, Hedging.Asserted);
            (await db.Claims.SingleAsync(c => c.Slug == "quokka-only")).Update("A lone quokka met a zephyr.", ClaimKind.Prediction, Hedging.Asserted);
            db.Claims.Remove(await db.Claims.SingleAsync(c => c.Slug == "zephyr-2"));
            (await db.Articles.SingleAsync(a => a.Slug == "zephyr-article-3")).SetPublished(At("2024-06-19T12:00:20"));
            return await db.SaveChangesAsync();
        });
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "appearances" SET "Quote" = 'a zephyr once more' WHERE "Quote" = 'a second quotation'"""));

        await AssertSameAsGeneralPathAsync(client);
        var afterWrites = (await client.GetJsonAsync("/api/v1/claims?q=zephyr&sort=date&limit=3")).Items().Select(c => c.Str("slug")).ToList();
        Assert.Equal("zephyr-7", afterWrites[0]);
        var all = (await client.AllItemsAsync("/api/v1/claims?q=zephyr&sort=date&limit=7")).Select(c => c.Str("slug")).ToList();
        Assert.Contains("quokka-only", all);
        Assert.DoesNotContain("zephyr-1", all);
        Assert.DoesNotContain("zephyr-2", all);
        Assert.Equal("zephyr-0", all[^1]); // no appearance left: not seen, so last
    }

    [SkippableFact]
    public async Task ACommonWordsPagesNewestFirstMatchTheGeneralPathWhenManyClaimsShareAMinute()
    {
        await using var factory = await StartAsync((db, outlet, claimant) =>
        {
            // 300 claims with "tundra" in 60 articles, three to a minute, so each minute holds 15 claims; one claim in three
            // also says "steppe".
            var articles = Enumerable.Range(0, 60).Select(d => new Article($"tundra-article-{d}", outlet, $"Tundra {d}", Genre.News,
                At(new DateTime(2024, 3, 1, 9, d % 2, d * 7 % 60, DateTimeKind.Utc).AddDays(d / 6).ToString("s", CultureInfo.InvariantCulture)))).ToList();
            db.Articles.AddRange(articles);
            for (var i = 0; i < 300; i++)
            {
                var claim = new Claim($"tundra-{i}", i % 3 == 0 ? $"The tundra and the steppe, report {i}." : $"The tundra, report {i}.",
                    i % 4 == 0 ? ClaimKind.Prediction : ClaimKind.Opinion, claimant, null, Hedging.Asserted);
                claim.Review(i % 6 == 0 ? ReviewStatus.Confirmed : ReviewStatus.Unreviewed, null);
                Quote(claim, articles[(i * 13) % articles.Count], "the tundra");
                db.Claims.Add(claim);
            }

            return Task.CompletedTask;
        });
        using var _ = factory.Database;
        var client = factory.CreateClient();

        await AssertSameAsGeneralPathAsync(client, ["tundra", "steppe", "tundra%20steppe", "report"], [2, 20, 500]);
    }

    /// <summary>
    /// For each word and filter, every page newest first (items, cursor) is the general path's, and the whole equals the
    /// relevance search's matches sorted by first seen, then id, both descending.
    /// </summary>
    private static async Task AssertSameAsGeneralPathAsync(HttpClient client, string[]? words = null, int[]? limits = null)
    {
        foreach (var word in words ?? ["zephyr", "quokka", "nonesuch", "zephyr%20coastal", "plain"])
        {
            foreach (var filter in Filters)
            {
                var matches = await client.AllItemsAsync($"/api/v1/claims?q={word}&sort=relevance&limit=500{filter}");
                var expected = matches.OrderByDescending(FirstSeen).ThenByDescending(c => c.GetProperty("id").GetInt32()).Select(c => c.GetRawText()).ToList();
                foreach (var limit in limits ?? [1, 3, 7])
                {
                    var (items, cursors) = await PagesAsync(client, $"/api/v1/claims?q={word}&sort=date&limit={limit}{filter}");
                    var (generalItems, generalCursors) = await PagesAsync(client, $"/api/v1/claims?q={word}&sort=date&limit={limit}{filter}&minSources=0");
                    Assert.Equal(generalItems, items);
                    Assert.Equal(generalCursors, cursors);
                    Assert.Equal(expected, items);
                }
            }
        }
    }

    /// <summary>Every item (its JSON) of every page from <paramref name="url"/>, and the cursor of each next link.</summary>
    private static async Task<(List<string> Items, List<string> Cursors)> PagesAsync(HttpClient client, string url)
    {
        var items = new List<string>();
        var cursors = new List<string>();
        for (string? next = url; next is not null;)
        {
            var page = await client.GetJsonAsync(next);
            items.AddRange(page.Items().Select(c => c.GetRawText()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.Str("next");
            if (next is not null)
            {
                cursors.Add(page.Str("nextCursor"));
            }
        }

        return (items, cursors);
    }

    private static DateTimeOffset FirstSeen(JsonElement claim) => claim.GetProperty("firstSeen").ValueKind == JsonValueKind.Null
        ? DateTimeOffset.MinValue
        : DateTimeOffset.Parse(claim.Str("firstSeen"), CultureInfo.InvariantCulture);

    private static void Quote(Claim claim, Article article, string quote) => claim.AddAppearance(article, quote, 0, quote.Length, AppearanceRole.Reports);

    private static Publication At(string utc)
    {
        var instant = DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return new Publication(PartialDate.Parse(instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), TimeOnly.FromDateTime(instant), null, DateBasis.Stated, null);
    }
}

public sealed class SqliteWordsNewestFirstTests() : WordsNewestFirstTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWordsNewestFirstTests() : WordsNewestFirstTests(DatabaseProvider.PostgreSql);
