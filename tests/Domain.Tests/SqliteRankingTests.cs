using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Tests;

/// <summary>
/// <see cref="SqliteRanking"/>'s <c>nt_bm25</c> against FTS5's own bm25 over the same rows: bm25's scores for a query of
/// several words, and for a single word bm25's scores divided by the word's IDF (which it leaves uncounted), so the
/// same order. Also that EF Core's SQLite connections get the function and that a bad call is an SQL error, not a crash.
/// </summary>
public sealed class SqliteRankingTests
{
    private static readonly string[] Vocabulary = ["treaty", "missile", "pyongyang", "moscow", "signed", "debt", "visit", "the"];

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteRanking.Register(connection);
        using var create = connection.CreateCommand();
        // The claims index's shape: two columns, the same tokenizer.
        create.CommandText = """CREATE VIRTUAL TABLE docs USING fts5("text", "quotes", tokenize = 'porter unicode61 remove_diacritics 2')""";
        create.ExecuteNonQuery();
        return connection;
    }

    private static void Insert(SqliteConnection connection, IEnumerable<(string Text, string Quotes)> rows)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = """INSERT INTO docs ("text", "quotes") VALUES ($t, $q)""";
        var text = insert.Parameters.Add("$t", SqliteType.Text);
        var quotes = insert.Parameters.Add("$q", SqliteType.Text);
        foreach (var (t, q) in rows)
        {
            text.Value = t;
            quotes.Value = q;
            insert.ExecuteNonQuery();
        }
    }

    private static List<(long Id, double Bm25, double Ours)> Scores(SqliteConnection connection, string match)
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT rowid, bm25(docs, 2.0, 1.0), nt_bm25(docs, 2.0, 1.0) FROM docs WHERE docs MATCH $m ORDER BY rowid";
        query.Parameters.AddWithValue("$m", match);
        using var reader = query.ExecuteReader();
        var rows = new List<(long, double, double)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return rows;
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-12 * Math.Max(1.0, Math.Abs(expected));

    /// <summary>bm25's IDF for a word in <paramref name="matches"/> of <paramref name="rows"/> rows (fts5_aux.c).</summary>
    private static double Idf(long rows, long matches) => Math.Log((rows - matches + 0.5) / (matches + 0.5)) is var idf && idf > 0 ? idf : 1e-6;

    private static Gen<string> Words(int most) =>
        Gen.Choose(0, most).SelectMany(n => Gen.ArrayOf(Gen.Elements(Vocabulary), n)).Select(w => string.Join(' ', w));

    [Fact]
    public void ForOneWordTheScoresAreBm25sWithoutTheWordsWeightAndForSeveralBm25sOwn() =>
        Prop.ForAll(
            Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Zip(Words(14), Words(6)), n)).ToArbitrary(),
            Gen.Choose(1, 3).SelectMany(n => Gen.Shuffle(Vocabulary).Select(v => v.Take(n).ToArray())).ToArbitrary(),
            (rows, words) =>
            {
                using var connection = Open();
                Insert(connection, rows);
                var scores = Scores(connection, string.Join(' ', words.Select(w => $"\"{w}\"")));
                if (words.Length > 1)
                {
                    return scores.All(s => Close(s.Bm25, s.Ours));
                }

                var idf = Idf(rows.Length, scores.Count);
                return scores.All(s => Close(s.Bm25, s.Ours * idf));
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void TheOrderOfOneWordsMatchesIsBm25s()
    {
        using var connection = Open();
        // The word once in a long text, twice, in the weighted first column or only in the quotations, and many times.
        Insert(connection, [
            ("the treaty was signed in moscow after a long visit by the delegation", ""),
            ("treaty treaty", ""),
            ("a visit", "the treaty"),
            ("treaty", "treaty treaty treaty"),
            ("moscow", "debt"),
        ]);
        var scores = Scores(connection, "\"treaty\"");

        Assert.Equal(4, scores.Count);
        Assert.Equal(
            scores.OrderBy(s => s.Bm25).ThenBy(s => s.Id).Select(s => s.Id),
            scores.OrderBy(s => s.Ours).ThenBy(s => s.Id).Select(s => s.Id));
        Assert.All(scores, s => Assert.True(s.Ours < 0, "a match scores below zero, as bm25's do"));
    }

    [Fact]
    public void AWordInMostRowsStillRanksAndSeveralWordsUseBm25sFloor()
    {
        using var connection = Open();
        Insert(connection, Enumerable.Range(0, 30).Select(i => ($"the treaty {(i % 3 == 0 ? "missile" : "debt")}", i % 5 == 0 ? "the treaty" : "")));

        var both = Scores(connection, "\"the\" \"treaty\"");
        Assert.Equal(30, both.Count);
        Assert.All(both, s => Assert.True(Close(s.Bm25, s.Ours), $"row {s.Id}: {s.Bm25} against {s.Ours}"));
        var one = Scores(connection, "\"missile\"");
        Assert.Equal(10, one.Count);
        Assert.All(one, s => Assert.True(Close(s.Bm25, s.Ours * Idf(30, 10))));
    }

    [Fact]
    public void WithoutWordsItScoresAsBm25AndOutsideAFullTextTableItIsAnSqlErrorAndTheConnectionGoesOn()
    {
        using var connection = Open();
        Insert(connection, [("treaty", ""), ("moscow", "treaty")]);
        using var scan = connection.CreateCommand();
        scan.CommandText = "SELECT bm25(docs, 2.0, 1.0) = nt_bm25(docs, 2.0, 1.0) FROM docs";
        using (var reader = scan.ExecuteReader())
        {
            var rows = 0;
            while (reader.Read())
            {
                Assert.Equal(1L, reader.GetInt64(0));
                rows++;
            }

            Assert.Equal(2, rows);
        }

        using var bad = connection.CreateCommand();
        bad.CommandText = "SELECT nt_bm25('docs', 2.0)";
        Assert.Throws<SqliteException>(() => bad.ExecuteScalar());
        Assert.Equal(2, Scores(connection, "\"treaty\"").Count);
    }

    [Fact]
    public void ADatabaseLockedByAWriterIsAskedAgainUntilTheTimeoutAndThenSaysSo()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newstreaty-tests", "ranking-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "locked.db");
        try
        {
            // A rollback journal, so a writer's exclusive lock keeps a new connection from reading the schema at all.
            using var writer = new SqliteConnection($"Data Source={file};Pooling=False");
            writer.Open();
            using (var create = writer.CreateCommand())
            {
                create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(text); INSERT INTO docs VALUES ('treaty'); BEGIN EXCLUSIVE;";
                create.ExecuteNonQuery();
            }

            using var reader = new SqliteConnection($"Data Source={file};Pooling=False;Default Timeout=1");
            reader.Open();
            var refused = Assert.Throws<InvalidOperationException>(() => SqliteRanking.Register(reader));
            Assert.Contains("locked", refused.Message, StringComparison.Ordinal);

            using (var commit = writer.CreateCommand())
            {
                commit.CommandText = "COMMIT;";
                commit.ExecuteNonQuery();
            }

            SqliteRanking.Register(reader);
            using var rank = reader.CreateCommand();
            rank.CommandText = "SELECT nt_bm25(docs) < 0 FROM docs WHERE docs MATCH 'treaty'";
            Assert.Equal(1L, rank.ExecuteScalar());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task EveryConnectionEfCoreOpensHasTheFunctionOnceItsHandleIsRegistered()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newstreaty-tests", "ranking-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "ranking.db");
        try
        {
            await using (var setup = new SqliteConnection($"Data Source={file}"))
            {
                setup.Open();
                using var create = setup.CreateCommand();
                create.CommandText = """CREATE VIRTUAL TABLE docs USING fts5("text", "quotes"); INSERT INTO docs VALUES ('treaty', ''), ('treaty treaty', 'treaty');""";
                create.ExecuteNonQuery();
            }

            var settings = DatabaseSettings.From("sqlite", $"Data Source={file}");
            // Contexts in parallel, each opening and closing its connection per query, so several pooled handles serve.
            var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
                settings.Configure(options);
                await using var db = new NewsTreatyDbContext(options.Options);
                var found = new List<long>();
                for (var i = 0; i < 20; i++)
                {
                    found = await db.Database.SqlQueryRaw<long>("""SELECT rowid AS "Value" FROM docs WHERE docs MATCH 'treaty' ORDER BY nt_bm25(docs, 2.0, 1.0), rowid""").ToListAsync();
                }

                return found;
            })));

            Assert.All(ids, found => Assert.Equal([2L, 1L], found));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
