using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Infrastructure.MultiHost;
using Xunit.Abstractions;

namespace NewsTreaty.Web.Tests.MultiHost;

/// <summary>
/// The host brings its database up (schema, the curated dataset on an empty database, the first Data Protection key)
/// while its server starts. The server listens before that is done, so these tests start the real host as a process on
/// an empty database and ask for a claim from the moment it is launched: every request that is answered must be
/// answered with the dataset, never with a 404 from a half-loaded database or a 500 from a missing table.
/// </summary>
public abstract class HostStartTests(ITestOutputHelper output)
{
    private const string Slug = "kim-two-trips-to-far-east";

    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [SkippableFact]
    public async Task RequestsSentWhileAHostStartsOnAnEmptyDatabaseWaitForTheDatasetAndAreAnsweredWithIt()
    {
        using var database = await NewDatabaseAsync();
        var port = FreePort();
        var launched = Stopwatch.GetTimestamp();
        using var running = StartHost(database, port);
        var host = running.Process;
        var log = CollectOutput(host);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };

        // From the moment the server listens, four askers, each asking again as soon as it is answered, four times each.
        await log.WaitForAsync("Now listening on", host, TimeSpan.FromMinutes(2));
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AskUntilAnsweredAsync(client, launched, 4)));
        var all = answers.SelectMany(a => a).ToList();

        Assert.All(all, a => Assert.True(a.Status == HttpStatusCode.OK && a.Slug == Slug,
            $"answered {(int)a.Status} ({a.Slug ?? "no claim"}) {a.SentAfterLaunch.TotalMilliseconds:F0} ms after launch\nHost output:\n{log}"));
        // The first line an operator comparing hosts needs: the runtime and the collector the process really runs.
        Assert.Contains($"Host starting on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} with the "
            + (Environment.GetEnvironmentVariable("DOTNET_gcServer") == "0" ? "workstation (concurrent)" : "server") + " garbage collector", log.ToString(), StringComparison.Ordinal);
        output.WriteLine($"first answer {all.Min(a => a.AnsweredAfterLaunch).TotalMilliseconds:F0} ms after launch; "
            + $"earliest answered request sent {all.Min(a => a.SentAfterLaunch).TotalMilliseconds:F0} ms after launch");
    }

    [SkippableFact]
    public async Task AHostWhoseDatabaseCannotBeReachedStopsWithANonZeroExitAndSaysWhy()
    {
        using var database = await NewDatabaseAsync();
        var unreachable = database.Provider == DatabaseProvider.PostgreSql
            ? $"Host=127.0.0.1;Port={FreePort()};Username=postgres;Database=nowhere;Timeout=5"
            : $"Data Source={database.Folder}"; // a folder, not a file
        using var running = StartHost(database with { ConnectionString = unreachable }, FreePort());
        var host = running.Process;
        var log = CollectOutput(host);

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await host.WaitForExitAsync(deadline.Token);

        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("could not be brought up", log.ToString(), StringComparison.Ordinal);
        Assert.Contains(database.Provider == DatabaseProvider.PostgreSql ? "Failed to connect" : "unable to open database file", log.ToString(), StringComparison.Ordinal);
    }

    private static RunningHost StartHost(TestDatabase database, int port)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsTreaty.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__NewsTreaty"] = database.ConnectionString;
        start.Environment["Database__Provider"] = database.ProviderSetting;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return new RunningHost(Process.Start(start)!);
    }

    /// <summary>The host's process, stopped when the test ends whatever its outcome.</summary>
    private sealed class RunningHost(Process process) : IDisposable
    {
        public Process Process => process;

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }
    }

    /// <summary>Everything the host writes, gathered as it comes (a full pipe would stall it).</summary>
    private static SharedLog CollectOutput(Process host)
    {
        var log = new SharedLog();
        host.OutputDataReceived += (_, e) => log.Add(e.Data);
        host.ErrorDataReceived += (_, e) => log.Add(e.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        return log;
    }

    private static async Task<List<Answer>> AskUntilAnsweredAsync(HttpClient client, long launched, int answers)
    {
        var got = new List<Answer>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (got.Count < answers)
        {
            var sent = Stopwatch.GetElapsedTime(launched);
            using var response = await client.GetAsync(new Uri($"/api/v1/claims/{Slug}", UriKind.Relative), deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            var slug = response.StatusCode == HttpStatusCode.OK ? JsonNode.Parse(body)?["slug"]?.GetValue<string>() : null;
            got.Add(new Answer(response.StatusCode, slug, sent, Stopwatch.GetElapsedTime(launched)));
        }

        return got;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Answer(HttpStatusCode Status, string? Slug, TimeSpan SentAfterLaunch, TimeSpan AnsweredAfterLaunch);

    private sealed class SharedLog
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_text)
            {
                _text.AppendLine(line);
                foreach (var (text, seen) in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)))
                {
                    seen.TrySetResult();
                }
            }
        }

        /// <summary>Completes when the host writes a line holding <paramref name="text"/>; fails if it exits first.</summary>
        public async Task WaitForAsync(string text, Process host, TimeSpan timeout)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_text)
            {
                if (_text.ToString().Contains(text, StringComparison.Ordinal))
                {
                    return;
                }

                _awaited.Add((text, seen));
            }

            using var deadline = new CancellationTokenSource(timeout);
            var exited = host.WaitForExitAsync(deadline.Token);
            if (await Task.WhenAny(seen.Task, exited).WaitAsync(deadline.Token) != seen.Task)
            {
                Assert.Fail($"the host exited with {host.ExitCode} before writing '{text}'\n{this}");
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }
}

public sealed class SqliteHostStartTests(ITestOutputHelper output) : HostStartTests(output)
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.NewSqlite());
}

[Trait("Database", "PostgreSQL")]
public sealed class PostgresHostStartTests(ITestOutputHelper output) : HostStartTests(output)
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.NewPostgresAsync();

    /// <summary>
    /// Hosts started together on an empty database make one Data Protection key between them, under the lock, and
    /// no key ring is read before the database is up: Data Protection's own start-up reader is taken out.
    /// </summary>
    [SkippableFact]
    public async Task TwoHostsStartingTogetherOnAnEmptyDatabaseMakeOneKeyBetweenThem()
    {
        Assert.Contains(typeof(IKeyManager).Assembly.GetTypes(), KeyStore.IsKeyRingPreloader); // still the name it had

        using var database = await TestDatabase.NewPostgresAsync();
        var hosts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var host = new NewsTreatyFactory(database);
            host.UseKestrel(0);
            host.StartServer();
            return host;
        })));
        try
        {
            foreach (var host in hosts)
            {
                Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => KeyStore.IsKeyRingPreloader(s.GetType()));
            }

            await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM data_protection_keys", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
