using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using Xunit.Abstractions;

namespace NewsTreaty.Web.Tests.MultiHost;

/// <summary>
/// SQLite: the host watches <c>PRAGMA data_version</c>, so a write by another process on the same file (the CLI's
/// import, run here as a real second process) is served within a second and never stale after it, while the host's
/// own writes are not mistaken for another process's.
/// </summary>
public sealed class OutOfProcessWriteTests(ITestOutputHelper output) : IDisposable
{
    private const string AdminKey = "out-of-process-test-admin-key-0123456789";
    private const string Slug = "kim-two-trips-to-far-east";
    private readonly TestDatabase _database = TestDatabase.NewSqlite();

    [Fact]
    public async Task AnImportByTheCommandLineInAnotherProcessIsServedByTheRunningHostWithinASecond()
    {
        await using var host = new NewsTreatyFactory(_database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = AdminKey });
        using var reader = host.CreateClient();
        await Freshness.ReadUntilCachedAsync(reader, Slug, (await Freshness.ReadAsync(reader, Slug, Stopwatch.GetTimestamp())).StatusNote, TimeSpan.FromSeconds(10));

        var bundle = JsonNode.Parse(await reader.GetStringAsync(new Uri("/api/v1/export", UriKind.Relative)))!;
        bundle["claims"]!.AsArray().Single(c => c!["slug"]!.GetValue<string>() == Slug)!["statusNote"] = "Imported by the command line.";
        var file = Path.Combine(_database.Folder!, "changed.json");
        await File.WriteAllTextAsync(file, bundle.ToJsonString());
        var heard = Freshness.NextNoticeAsync(host, ChangeSource.Database);

        var (exit, errors) = await RunCommandLineAsync("import", file);
        var written = Stopwatch.GetTimestamp();
        Assert.True(exit == 0, errors);
        var reads = await Freshness.ReadAcrossThePromiseAsync(reader, Slug, "Imported by the command line.", written);
        var noticed = await heard.WaitAsync(TimeSpan.FromSeconds(10));
        await Freshness.ReadUntilCachedAsync(reader, Slug, "Imported by the command line.", TimeSpan.FromSeconds(10));
        var heardDirect = Freshness.NextNoticeAsync(host, ChangeSource.Database);
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString + ";Pooling=False"))
        {
            await other.OpenAsync();
            await using var update = other.CreateCommand();
            update.CommandText = $"UPDATE claims SET StatusNote = 'Written by another connection.' WHERE Slug = '{Slug}'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var committed = Stopwatch.GetTimestamp();
        output.WriteLine($"the host heard of a commit by another connection {Stopwatch.GetElapsedTime(committed, await heardDirect.WaitAsync(TimeSpan.FromSeconds(10))).TotalMilliseconds:F1} ms after it returned");
        output.WriteLine($"the host heard of the import {Stopwatch.GetElapsedTime(written, noticed).TotalMilliseconds:F1} ms after the CLI exited; "
            + $"first fresh read sent {reads.First(r => r.StatusNote == "Imported by the command line.").SentAfterWrite.TotalMilliseconds:F1} ms after it");
    }

    [Fact]
    public async Task TheHostsOwnWritesAreNotTakenForAnotherProcesssSoItsCacheFillsAgainAtOnce()
    {
        await using var host = new NewsTreatyFactory(_database, new Dictionary<string, string?>
        {
            ["Auth:BootstrapAdminKey"] = AdminKey,
            ["ChangeWatch:IntervalMilliseconds"] = "20", // many looks at data_version while the test reads
        });
        using var client = host.CreateClient();
        var foreign = 0;
        host.Services.GetRequiredService<DataChanges>().Noticed += source => Interlocked.Add(ref foreign, source == ChangeSource.Database ? 1 : 0);

        for (var i = 0; i < 5; i++)
        {
            await Freshness.SetNoteAsync(client, AdminKey, Slug, $"Local write {i}.");
            await Freshness.ReadUntilCachedAsync(client, Slug, $"Local write {i}.", TimeSpan.FromSeconds(10));
        }

        Assert.Equal(0, Volatile.Read(ref foreign));
    }

    private async Task<(int Exit, string Errors)> RunCommandLineAsync(params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsTreaty.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__NewsTreaty"] = _database.ConnectionString;
        start.Environment["Database__Provider"] = "sqlite";
        start.Environment["Logging__MinimumLevel"] = "Warning";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stderr + await stdout);
    }

    public void Dispose() => _database.Dispose();
}
