using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace NewsTreaty.TestSupport;

/// <summary>
/// A real PostgreSQL server for the test run: Debian's binaries, a throw-away cluster in /tmp, a
/// loopback port, trust auth. Started once per test process and stopped when it exits. When the
/// binaries are missing the PostgreSQL tests are skipped with the reason, unless
/// NEWSTREATY_REQUIRE_POSTGRES=1 (as in CI), which makes that a failure.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string?>> Started = new(StartAsync);
    private static string? _skipReason;

    public static bool Required => Environment.GetEnvironmentVariable("NEWSTREATY_REQUIRE_POSTGRES") == "1";

    /// <summary>A connection string to a new, empty database on the shared server; skips the test when there is no server.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Started.Value;
        if (admin is null)
        {
            throw Unavailable(_skipReason!);
        }

        var name = "nt_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    internal static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("NEWSTREATY_PG_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "postgres")));
    }

    private static async Task<string?> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("NEWSTREATY_TEST_POSTGRES") is { Length: > 0 } external)
        {
            return external;
        }

        try
        {
            var cluster = await PostgresCluster.StartNewAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return cluster.AdminConnectionString;
        }
        catch (SkipException ex)
        {
            _skipReason = ex.Message;
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            _skipReason = "the test server could not be started: " + ex.Message;
            return null;
        }
    }

    /// <summary>Skips (or, when required, fails) a test that needs PostgreSQL binaries that are not there.</summary>
    public static Exception Unavailable(string reason) =>
        Required
            ? new InvalidOperationException("PostgreSQL is required (NEWSTREATY_REQUIRE_POSTGRES=1) but could not be started: " + reason)
            : new SkipException("PostgreSQL tests skipped: " + reason + " Install Debian's 'postgresql' package to run them.");

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static Task RunPgAsync(string binDir, bool asRoot, string tool, string arguments) =>
        asRoot
            ? RunAsync("runuser", $"-u postgres -- {Path.Combine(binDir, tool)} {arguments}")
            : RunAsync(Path.Combine(binDir, tool), arguments);

    internal static async Task RunAsync(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
