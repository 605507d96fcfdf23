using Microsoft.EntityFrameworkCore;
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
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _database.ConnectionString);
        }
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
