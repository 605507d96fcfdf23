using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Cli;

namespace NewsTreaty.Web.Tests;

/// <summary>The ingest and eval commands, run in-process against a real SQLite file, on articles written for these tests.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class IngestCommandTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newstreaty-ingest-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string? _previous = Environment.GetEnvironmentVariable("ConnectionStrings__NewsTreaty");

    public IngestCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "articles", "more"));
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _database.ConnectionString);
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", "Warning");
    }

    private string Articles => Path.Combine(_folder, "articles");

    [Fact]
    public async Task BadFilesAreReportedAndSkippedTheRestIsStoredAndTheExitCodeSaysSo()
    {
        await File.WriteAllTextAsync(Path.Combine(Articles, "river.txt"), "River commission meets\n\nThe commission met in Vienna on Tuesday, officials said.\n");
        await File.WriteAllTextAsync(Path.Combine(Articles, "more", "page.html"), "<html><body><h1>Dam opens</h1><p>The dam opened on Monday.</p></body></html>");
        await File.WriteAllTextAsync(Path.Combine(Articles, "empty.txt"), "");
        await File.WriteAllBytesAsync(Path.Combine(Articles, "scan.pdf"), [0x25, 0x50, 0x44, 0x46, 0xFF, 0xFE, 0x00, 0xC3, 0x28]);
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int first;
        try
        {
            first = await CommandLine.RunAsync(["ingest", Articles, "--outlet", "guardian"]);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(1, first);
        Assert.Contains("empty.txt", output.ToString());
        Assert.Contains("scan.pdf", output.ToString());
        Assert.Contains("rejected", output.ToString());
        var stored = await WithDbAsync(db => db.Ingestions.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.FileName, i.Format, i.SubmittedBy }).ToListAsync());
        Assert.Equal(["page.html", "river.txt"], stored.Select(s => s.FileName).Order(StringComparer.Ordinal));
        Assert.Equal(Domain.Ingestion.SourceFormat.Html, stored.Single(s => s.FileName == "page.html").Format);
        Assert.StartsWith("cli (", stored[0].SubmittedBy, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Articles.AnyAsync()), "a fresh database gets the curated dataset first");
        await AssertPooledConnectionsWaitForTheDiskAsync(_database);

        File.Delete(Path.Combine(Articles, "empty.txt"));
        File.Delete(Path.Combine(Articles, "scan.pdf"));
        Assert.Equal(0, await CommandLine.RunAsync(["ingest", Articles]));
        Assert.Equal(2, await WithDbAsync(db => db.Ingestions.CountAsync()));
    }

    [SkippableFact]
    [Trait("Database", "PostgreSQL")]
    public async Task OnPostgreSqlABatchStoresEveryFileGivesEachPendingSlugOnceAndARerunFindsThemAll()
    {
        using var database = await TestDatabase.NewPostgresAsync();
        Environment.SetEnvironmentVariable("Database__Provider", "postgresql");
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", database.ConnectionString);
        try
        {
            // Twenty files under one outlet, date and headline, each naming the same new spokeswoman: every file wants
            // the same article and actor slugs, and the files are built ahead of the writer.
            for (var i = 0; i < 20; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(Articles, $"harbour-{i:00}.txt"),
                    $"Port authority agrees to expand the northern harbour\n\nThe port authority met in Gdansk on Tuesday ({i}). " +
                    "\"We will expand the northern harbour by 2027,\" said Ilse Marten, a spokeswoman for the authority.\n");
            }

            Assert.Equal(0, await CommandLine.RunAsync(["ingest", Articles, "--outlet", "guardian", "--published", "2024-07-02"]));

            var stored = await WithDbAsync(database, db => db.Proposals.AsNoTracking()
                .Where(p => p.ProposedSlug != null).Select(p => new { p.IngestionId, p.Kind, p.ProposedSlug }).ToListAsync());
            Assert.Equal(20, stored.Select(p => p.IngestionId).Distinct().Count());
            Assert.Empty(stored.GroupBy(p => (p.Kind, p.ProposedSlug)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Kind} {g.Key.ProposedSlug}"));
            var actors = stored.Where(p => p.Kind == Domain.Ingestion.Review.ProposalKind.Actor && p.ProposedSlug!.StartsWith("ilse-marten", StringComparison.Ordinal))
                .OrderBy(p => p.IngestionId).Select(p => p.ProposedSlug).ToList();
            Assert.Equal(["ilse-marten", .. Enumerable.Range(2, 19).Select(n => $"ilse-marten-{n}")], actors);

            Assert.Equal(0, await CommandLine.RunAsync(["ingest", Articles, "--outlet", "guardian", "--published", "2024-07-02"]));
            Assert.Equal(20, await WithDbAsync(database, db => db.Ingestions.CountAsync()));
            await AssertPooledConnectionsWaitForTheDiskAsync(database);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _database.ConnectionString);
        }
    }

    /// <summary>
    /// The batch's commits skip the wait for the disk on its own connection only: once it is done, every connection the
    /// process's pool hands out (sixteen at once, so the pool gives up each idle one) has the setting of an unpooled one.
    /// On PostgreSQL each run of a command has its own pool, its connections named apart (<c>ChangeWatch.Identified</c>),
    /// and the names of the ones still idle on the server find those pools. Neither engine's pool resets a returned
    /// connection (NewsTreaty's PostgreSQL connections skip Npgsql's reset), so the batch puts the setting back itself.
    /// </summary>
    private static async Task AssertPooledConnectionsWaitForTheDiskAsync(TestDatabase database)
    {
        var postgres = database.Provider == DatabaseProvider.PostgreSql;
        // PostgreSQL: where the connection's setting comes from ('session' once a SET ran on it), since the test server
        // itself may run with synchronous_commit off. SQLite: the setting, whose default is the same on every connection.
        var setting = postgres ? "SELECT source FROM pg_settings WHERE name = 'synchronous_commit'" : "PRAGMA synchronous";
        var fresh = postgres
            ? new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { Pooling = false }.ConnectionString
            : new SqliteConnectionStringBuilder(database.Settings.ConnectionString) { Pooling = false }.ConnectionString;
        await using var unpooled = Open(fresh);
        var expected = await ReadAsync(unpooled, setting);
        var pools = new List<string> { database.Settings.ConnectionString };
        if (postgres)
        {
            var names = new List<string>();
            await using var find = Command(unpooled, """
                SELECT DISTINCT application_name FROM pg_stat_activity
                WHERE datname = current_database() AND application_name ~ '^newstreaty [0-9a-f]{16}$'
                """);
            await using (var reader = await find.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            Assert.NotEmpty(names);
            pools = [.. names.Select(name => new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { ApplicationName = name }.ConnectionString)];
        }

        foreach (var pool in pools)
        {
            var connections = Enumerable.Range(0, 16).Select(_ => Open(pool)).ToList();
            try
            {
                var values = new List<string>();
                foreach (var connection in connections)
                {
                    values.Add(await ReadAsync(connection, setting));
                }

                Assert.All(values, value => Assert.Equal(expected, value));
            }
            finally
            {
                foreach (var connection in connections)
                {
                    await connection.DisposeAsync();
                }
            }
        }

        DbConnection Open(string connectionString) => postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Opens the connection if it is not open yet (and keeps it open) and reads one value.</summary>
    private static async Task<string> ReadAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = Command(connection, sql);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task NothingToReadIsExitCode2()
    {
        Assert.Equal(2, await CommandLine.RunAsync(["ingest", Path.Combine(_folder, "absent")]));
        Assert.True(CommandLine.IsCommand(["ingest", "x"]));
        Assert.True(CommandLine.IsCommand(["eval", "x"]));
    }

    [Fact]
    public async Task EvalWritesItsTableBetweenTheMarkersAndLeavesTheRestOfTheDocument()
    {
        await File.WriteAllTextAsync(Path.Combine(Articles, "river.txt"), "River commission meets\n\nThe commission met in Vienna on Tuesday.\n");
        var doc = Path.Combine(_folder, "extraction.md");
        await File.WriteAllTextAsync(doc, $"# Accuracy\n\nIntro stays.\n\n{EvalCommand.Begin}\nold table\n{EvalCommand.End}\n\nOutro stays.\n");

        Assert.Equal(0, await CommandLine.RunAsync(["eval", Path.Combine(Articles), "--doc", doc, "--gold", _folder, "--tools", _folder]));

        var written = await File.ReadAllTextAsync(doc);
        Assert.Contains("Intro stays.", written, StringComparison.Ordinal);
        Assert.Contains("Outro stays.", written, StringComparison.Ordinal);
        Assert.DoesNotContain("old table", written, StringComparison.Ordinal);
        Assert.Contains("| Stage | Measure | System |", written, StringComparison.Ordinal);
        Assert.Equal(2, await CommandLine.RunAsync(["eval", Path.Combine(_folder, "absent")]));
    }

    private Task<T> WithDbAsync<T>(Func<NewsTreatyDbContext, Task<T>> action) => WithDbAsync(_database, action);

    private static async Task<T> WithDbAsync<T>(TestDatabase database, Func<NewsTreatyDbContext, Task<T>> action)
    {
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        database.Settings.Configure(options);
        await using var db = new NewsTreatyDbContext(options.Options);
        return await action(db);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _previous);
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", null);
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
