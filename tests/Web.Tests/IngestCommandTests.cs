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

    private async Task<T> WithDbAsync<T>(Func<NewsTreatyDbContext, Task<T>> action)
    {
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        _database.Settings.Configure(options);
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
