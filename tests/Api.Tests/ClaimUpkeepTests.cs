using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// PostgreSQL's bulk writes refresh each claim's stored statistics and word vector once, at the end (schema step 0016,
/// <see cref="ClaimUpkeep"/>): after imports that create, requote, re-date and move claims, every claim's statistics
/// equal what its appearances say and every word vector equals the one a rebuild computes; while a write defers, the
/// triggers really wait; the deferral ends with its transaction; and a start refreshes what a writer left noted.
/// (SQLite's word indexes: ClaimWordsTests.) Each test has its own database.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class ClaimUpkeepTests
{
    [SkippableFact]
    public async Task ImportsRefreshEachClaimOnceAndLeaveWhatARebuildWouldHold()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey });
        // The curated dataset itself was loaded through the deferred path.
        await AssertEqualARebuildAsync(factory);
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", WriteHost.BootstrapKey);

        var first = Bundle(
            [Article("upkeep-article-a", "2024-06-25"), Article("upkeep-article-b", "2024-07-02")],
            [
                Claim("upkeep-quetzal", "The quetzal accord will be reviewed.", Appearance("upkeep-article-a"), Appearance("upkeep-article-b", "Critics called the timetable vague.")),
                Claim("upkeep-ocelot", "An ocelot clause stays secret.", Appearance("upkeep-article-b"), Appearance("upkeep-article-a", "The committee met on Tuesday.")),
            ]);
        await (await admin.SendAsync(HttpMethod.Post, "/api/v1/import", first)).ExpectAsync(HttpStatusCode.OK);
        await AssertEqualARebuildAsync(factory);
        var anonymous = factory.CreateClient();
        Assert.Equal("2024-06-25", (await anonymous.GetJsonAsync("/api/v1/claims/upkeep-quetzal")).Str("firstSeen")[..10]);
        Assert.Contains("upkeep-quetzal", await FindAsync(anonymous, "vague"));

        // Reworded, requoted, one article re-dated (its claims' first-seen dates move: the article trigger's deferred branch).
        var second = Bundle(
            [Article("upkeep-article-a", "2024-08-30")],
            [
                Claim("upkeep-quetzal", "The quetzal accord was shelved, the tapir says.", Appearance("upkeep-article-b")),
                Claim("upkeep-ocelot", "An ocelot clause stays secret.", Appearance("upkeep-article-a", "Critics called the timetable vague.")),
            ]);
        await (await admin.SendAsync(HttpMethod.Post, "/api/v1/import", second)).ExpectAsync(HttpStatusCode.OK);
        await AssertEqualARebuildAsync(factory);
        Assert.Equal("2024-07-02", (await anonymous.GetJsonAsync("/api/v1/claims/upkeep-quetzal")).Str("firstSeen")[..10]);
        Assert.Equal("2024-08-30", (await anonymous.GetJsonAsync("/api/v1/claims/upkeep-ocelot")).Str("firstSeen")[..10]);
        Assert.Equal(["upkeep-ocelot"], (await FindAsync(anonymous, "vague")).Where(s => s.StartsWith("upkeep-", StringComparison.Ordinal)));
        Assert.Contains("upkeep-quetzal", await FindAsync(anonymous, "tapir"));
    }

    [SkippableFact]
    public async Task ImportsAtOnceEachRefreshTheirOwnClaims()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey });
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", WriteHost.BootstrapKey);

        // Four bundles at once, each its own article and twelve claims: each transaction notes its claims in the same
        // pending table, sees only its own notes, and refreshes only those.
        var bundles = Enumerable.Range(0, 4).Select(b => Bundle(
            [Article($"upkeep-at-once-{b}", $"2024-0{b + 1}-15")],
            [.. Enumerable.Range(0, 12).Select(c => Claim($"upkeep-at-once-{b}-{c}", $"Claim {c} of the wombat batch {b}.",
                Appearance($"upkeep-at-once-{b}"), Appearance($"upkeep-at-once-{b}", "Critics called the timetable vague.")))])).ToList();
        var responses = await Task.WhenAll(bundles.Select(b => admin.SendAsync(HttpMethod.Post, "/api/v1/import", b)));
        foreach (var response in responses)
        {
            await response.ExpectAsync(HttpStatusCode.OK);
        }

        await AssertEqualARebuildAsync(factory);
        var anonymous = factory.CreateClient();
        Assert.Equal(48, (await FindAsync(anonymous, "wombat")).Count);
        Assert.Equal("2024-03-15", (await anonymous.GetJsonAsync("/api/v1/claims/upkeep-at-once-2-7")).Str("firstSeen")[..10]);
    }

    [SkippableFact]
    public async Task WhileAWriteDefersTheTriggersOnlyNoteTheClaimAndTheDeferralEndsWithTheTransaction()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var factory = new NewsTreatyFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await db.Database.OpenConnectionAsync(); // one connection throughout: the deferral must not outlive its transaction on it
        var claim = await db.Claims.AsNoTracking().Where(c => c.OutletCount == 1).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var article = await db.Articles.AsNoTracking().Where(a => !db.Set<Domain.Claims.Appearance>().Any(p => p.ClaimId == claim && p.Article.OutletId == a.OutletId))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var addAppearance = $"""
            INSERT INTO appearances ("ClaimId", "ArticleId", "Quote", "Start", "End", "Role") VALUES ({claim}, {article}, 'A pangolin was mentioned.', 0, 25, 'Reports')
            """;

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.True(await ClaimUpkeep.DeferAsync(db, 2, default));
            await Scalar(db, addAppearance);
            // Noted, not refreshed: the count and the words are as before inside the writing transaction itself.
            Assert.Equal(1, await Scalar(db, $"""SELECT "OutletCount" FROM claims WHERE "Id" = {claim}"""));
            Assert.Equal(0, await Scalar(db, $"""SELECT count(*)::int FROM claims_fts WHERE "Id" = {claim} AND "Vector" @@ to_tsquery('english', 'pangolin')"""));
            Assert.True(await Scalar(db, "SELECT count(*)::int FROM claim_upkeep_pending") >= 1);

            await ClaimUpkeep.WriteDeferredAsync(db, default);
            Assert.Equal(2, await Scalar(db, $"""SELECT "OutletCount" FROM claims WHERE "Id" = {claim}"""));
            Assert.Equal(1, await Scalar(db, $"""SELECT count(*)::int FROM claims_fts WHERE "Id" = {claim} AND "Vector" @@ to_tsquery('english', 'pangolin')"""));
            Assert.Equal(0, await Scalar(db, "SELECT count(*)::int FROM claim_upkeep_pending"));
            await transaction.CommitAsync();
        }

        // A deferral rolled back ends too: the next write on the same connection refreshes at once.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.True(await ClaimUpkeep.DeferAsync(db, 2, default));
            await transaction.RollbackAsync();
        }

        await Scalar(db, $"""UPDATE claims SET "Text" = 'A numbat treaty was signed.' WHERE "Id" = {claim}""");
        await Scalar(db, $"""DELETE FROM appearances WHERE "ClaimId" = {claim} AND "ArticleId" = {article}""");
        Assert.Equal(1, await Scalar(db, $"""SELECT "OutletCount" FROM claims WHERE "Id" = {claim}"""));
        Assert.Equal(1, await Scalar(db, $"""SELECT count(*)::int FROM claims_fts WHERE "Id" = {claim} AND "Vector" @@ to_tsquery('english', 'numbat')"""));
        Assert.Equal(0, await Scalar(db, "SELECT count(*)::int FROM claim_upkeep_pending"));
        await db.Database.CloseConnectionAsync();
        await AssertEqualARebuildAsync(factory);
    }

    [SkippableFact]
    public async Task AStartRefreshesWhatAWriteCommittedStillDeferred()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using (var factory = new NewsTreatyFactory(database))
        {
            // A writer that defers and commits without refreshing.
            await factory.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                Assert.True(await ClaimUpkeep.DeferAsync(db, 2, default));
                await db.Database.ExecuteSqlRawAsync("""UPDATE claims SET "Text" = "Text" || ' Aardwolf.' WHERE "Id" IN (SELECT "Id" FROM claims ORDER BY "Id" LIMIT 3)""");
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM appearances WHERE "Id" = (SELECT max("Id") FROM appearances)""");
                await transaction.CommitAsync();
                return 0;
            });
            await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertEqualARebuildAsync(factory));
        }

        await using (var restarted = new NewsTreatyFactory(database))
        {
            _ = restarted.Server;
            await AssertEqualARebuildAsync(restarted);
            Assert.Contains(restarted.Logs.Lines, l => l.Contains("still deferred", StringComparison.Ordinal));
            Assert.Equal(3, (await restarted.CreateClient().GetJsonAsync("/api/v1/claims?q=aardwolf")).Items().Count());
        }
    }

    /// <summary>
    /// Every claim's statistics equal what its appearances say (<see cref="StoredStatistics"/>), every claim's word vector
    /// equals the vector computed afresh from its text and quotations (and no claim lacks one), and nothing is left noted.
    /// </summary>
    internal static async Task AssertEqualARebuildAsync(NewsTreatyFactory factory)
    {
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
        var (claims, differing, pending) = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                var claims = await Scalar(db, "SELECT count(*)::int FROM claims");
                var differing = await Scalar(db, """
                    SELECT count(*)::int FROM claims c LEFT JOIN claims_fts f ON f."Id" = c."Id"
                    WHERE f."Vector" IS DISTINCT FROM setweight(to_tsvector('english', c."Text"), 'A')
                        || setweight(to_tsvector('english', coalesce((SELECT string_agg(a."Quote", ' ') FROM appearances a WHERE a."ClaimId" = c."Id"), '')), 'B')
                    """);
                return (claims, differing, await Scalar(db, "SELECT count(*)::int FROM claim_upkeep_pending"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        Assert.True(claims > 0);
        Assert.Equal(0, differing);
        Assert.Equal(0, pending);
    }

    /// <summary>The first column of the first row <paramref name="sql"/> gives (0 for a statement without rows), on the context's connection and transaction.</summary>
    private static async Task<int> Scalar(NewsTreatyDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return Convert.ToInt32(await command.ExecuteScalarAsync() ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> FindAsync(HttpClient client, string words) =>
        (await client.AllItemsAsync($"/api/v1/claims?q={words}&limit=100")).Select(c => c.Str("slug")).ToList();

    private static JsonObject Bundle(JsonObject[] articles, JsonObject[] claims) => WriteHelpers.Bundle(articles, claims);

    private static JsonObject Article(string slug, string published) => WriteHelpers.DatedArticle(slug, published);

    private static JsonObject Claim(string slug, string text, params JsonObject[] appearances) => WriteHelpers.WordedClaim(slug, text, appearances);

    private static JsonObject Appearance(string article, string quote = WriteHelpers.Quote) => WriteHelpers.Appearance(article, quote);
}
