using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// SQLite's two indexes of the claims' words (claims_fts by id, claims_dated_fts by date) hold exactly what a rebuild
/// from the claims and their quotations would hold: after the dataset's load and API imports, which defer the words and
/// write each claim once (schema step 0014), after writes that index at once, and after a start that finds words a
/// writer left deferred. "Exactly" is every term at every position of every row, read through fts5vocab from the index
/// and from a rebuild made in the same connection.
/// </summary>
public sealed class ClaimWordsTests(SqliteWriteHost host) : IClassFixture<SqliteWriteHost>
{
    private const string Tokenizer = "tokenize = 'porter unicode61 remove_diacritics 2'";

    [SkippableFact]
    public async Task ImportsWriteEachClaimsWordsOnceAndBothIndexesEqualARebuild()
    {
        await AssertIndexesEqualARebuildAsync(host.Factory);

        // New articles and claims, each claim quoted twice; then the same claims reworded, requoted, moved between
        // articles and re-dated by their article. (An import refuses a claim without an appearance; a direct write below
        // leaves one without.)
        var first = Bundle(
            [Article("words-article-a", "2024-06-25"), Article("words-article-b", "2024-07-02")],
            [
                Claim("words-quetzal", "The quetzal accord will be reviewed.", Appearance("words-article-a"), Appearance("words-article-b", "Critics called the timetable vague.")),
                Claim("words-ocelot", "An ocelot clause stays secret.", Appearance("words-article-b"), Appearance("words-article-a", "The committee met on Tuesday.")),
                Claim("words-marmot", "The marmot protocol was signed.", Appearance("words-article-a", "The committee met on Tuesday.")),
            ]);
        await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/import", first)).ExpectAsync(HttpStatusCode.OK);
        await AssertIndexesEqualARebuildAsync(host.Factory);
        Assert.Equal(["words-quetzal"], await NewestFirstAsync("quetzal"));
        Assert.Equal(["words-quetzal"], await NewestFirstAsync("vague"));
        Assert.Equal(["words-marmot", "words-ocelot"], await NewestFirstAsync("committee"));

        var second = Bundle(
            [Article("words-article-a", "2024-08-30")],
            [
                Claim("words-quetzal", "The quetzal accord was shelved, the tapir says.", Appearance("words-article-b")),
                Claim("words-ocelot", "An ocelot clause stays secret.", Appearance("words-article-a", "Critics called the timetable vague.")),
                Claim("words-marmot", "The marmot protocol was signed.", Appearance("words-article-b", "The committee met on Tuesday.")),
            ]);
        await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/import", second)).ExpectAsync(HttpStatusCode.OK);
        await AssertIndexesEqualARebuildAsync(host.Factory);
        Assert.Equal(["words-quetzal"], await NewestFirstAsync("tapir"));
        Assert.Empty(await NewestFirstAsync("timetable%20quetzal"));
        Assert.Equal(["words-ocelot"], await NewestFirstAsync("vague"));
        Assert.Equal(["words-quetzal"], await NewestFirstAsync("chair"));
        Assert.Equal(["words-marmot"], await NewestFirstAsync("marmot%20committee"));

        // A write outside an import indexes at once, through the same triggers' other branch.
        await host.Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "claims" SET "Text" = 'The marmot protocol was torn up.' WHERE "Slug" = 'words-marmot'"""));
        await host.Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "appearances" WHERE "ClaimId" = (SELECT "Id" FROM "claims" WHERE "Slug" = 'words-ocelot')"""));
        await AssertIndexesEqualARebuildAsync(host.Factory);
    }

    [SkippableFact]
    public async Task AStartIndexesTheWordsOfAWriteThatCommittedWithThemDeferred()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var factory = new NewsTreatyFactory(database))
        {
            // A writer that marks the deferral and commits without writing the words.
            await factory.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.Database.ExecuteSqlRawAsync("""INSERT INTO "claim_words_deferred" ("Since") VALUES ('2026-12-02')""");
                await db.Database.ExecuteSqlRawAsync("""UPDATE "claims" SET "Text" = "Text" || ' Aardwolf.' WHERE "Id" IN (SELECT "Id" FROM "claims" ORDER BY "Id" LIMIT 3)""");
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM "appearances" WHERE "Id" = (SELECT max("Id") FROM "appearances")""");
                await transaction.CommitAsync();
                return 0;
            });
            await Assert.ThrowsAsync<Xunit.Sdk.EqualException>(() => AssertIndexesEqualARebuildAsync(factory));
        }

        await using (var restarted = new NewsTreatyFactory(database))
        {
            _ = restarted.Server;
            await AssertIndexesEqualARebuildAsync(restarted);
            Assert.Contains(restarted.Logs.Lines, l => l.Contains("still deferred", StringComparison.Ordinal));
            Assert.Equal(3, (await restarted.CreateClient().GetJsonAsync("/api/v1/claims?q=aardwolf&sort=date")).Items().Count());
        }
    }

    /// <summary>
    /// Both indexes, term by term and position by position, against indexes built afresh from the claims' words; and no
    /// deferral or noted claim left behind. SyntheticCorpusTests asks the same of the generator's output.
    /// </summary>
    internal static Task<int> AssertIndexesEqualARebuildAsync(NewsTreatyFactory factory) => factory.WithDbAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE VIRTUAL TABLE temp."rebuilt_by_id" USING fts5("text", "quotes", {Tokenizer});
                CREATE VIRTUAL TABLE temp."rebuilt_by_date" USING fts5("text", "quotes", content = '', {Tokenizer});
                INSERT INTO temp."rebuilt_by_id" (rowid, "text", "quotes") SELECT "ClaimId", "Text", "Quotes" FROM "claim_words";
                INSERT INTO temp."rebuilt_by_date" (rowid, "text", "quotes") SELECT "WordsKey", "Text", "Quotes" FROM "claim_words";
                CREATE VIRTUAL TABLE temp."terms_by_id" USING fts5vocab(main, "claims_fts", instance);
                CREATE VIRTUAL TABLE temp."terms_by_date" USING fts5vocab(main, "claims_dated_fts", instance);
                CREATE VIRTUAL TABLE temp."rebuilt_terms_by_id" USING fts5vocab(temp, "rebuilt_by_id", instance);
                CREATE VIRTUAL TABLE temp."rebuilt_terms_by_date" USING fts5vocab(temp, "rebuilt_by_date", instance);
                """);
            foreach (var (index, rebuilt) in new[] { ("terms_by_id", "rebuilt_terms_by_id"), ("terms_by_date", "rebuilt_terms_by_date") })
            {
                var counts = await Count(db, $"""SELECT count(*) FROM temp."{index}" """);
                Assert.True(counts > 0, $"{index} is empty");
                Assert.Equal(await Count(db, $"""SELECT count(*) FROM temp."{rebuilt}" """), counts);
                Assert.Equal(0L, await Count(db, $"""
                    SELECT count(*) FROM (SELECT "term", "doc", "col", "offset" FROM temp."{index}"
                                          EXCEPT SELECT "term", "doc", "col", "offset" FROM temp."{rebuilt}")
                    """));
            }

            // claims_fts keeps its content too: it is what the relevance search shows as snippets.
            Assert.Equal(0L, await Count(db, """
                SELECT count(*) FROM (SELECT rowid, "text", "quotes" FROM "claims_fts" EXCEPT SELECT "ClaimId", "Text", "Quotes" FROM "claim_words")
                """));
            Assert.Equal(0L, await Count(db, """SELECT (SELECT count(*) FROM "claim_words_deferred") + (SELECT count(*) FROM "claim_words_pending")"""));
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("""
                DROP TABLE IF EXISTS temp."terms_by_id"; DROP TABLE IF EXISTS temp."terms_by_date";
                DROP TABLE IF EXISTS temp."rebuilt_terms_by_id"; DROP TABLE IF EXISTS temp."rebuilt_terms_by_date";
                DROP TABLE IF EXISTS temp."rebuilt_by_id"; DROP TABLE IF EXISTS temp."rebuilt_by_date";
                """);
            await db.Database.CloseConnectionAsync();
        }

        return 0;
    });

    /// <summary>The single number <paramref name="sql"/> reads, on the context's open connection (where the temporary tables are).</summary>
    private static async Task<long> Count(NewsTreatyDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> NewestFirstAsync(string words) =>
        (await host.Anonymous.AllItemsAsync($"/api/v1/claims?q={words}&sort=date&limit=2")).Select(c => c.Str("slug")).Where(s => s.StartsWith("words-", StringComparison.Ordinal)).ToList();

    private static JsonObject Bundle(JsonObject[] articles, JsonObject[] claims) => WriteHelpers.Bundle(articles, claims);

    private static JsonObject Article(string slug, string published) => WriteHelpers.DatedArticle(slug, published);

    private static JsonObject Claim(string slug, string text, params JsonObject[] appearances) => WriteHelpers.WordedClaim(slug, text, appearances);

    private static JsonObject Appearance(string article, string quote = WriteHelpers.Quote) => WriteHelpers.Appearance(article, quote);
}
