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
    private static string? _dataDir;
    private static string? _binDir;

    public static bool Required => Environment.GetEnvironmentVariable("NEWSTREATY_REQUIRE_POSTGRES") == "1";

    /// <summary>A connection string to a new, empty database on the shared server; skips the test when there is no server.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Started.Value;
        if (admin is null)
        {
            if (Required)
            {
                throw new InvalidOperationException("PostgreSQL is required (NEWSTREATY_REQUIRE_POSTGRES=1) but could not be started: " + _skipReason);
            }

            throw new SkipException("PostgreSQL tests skipped: " + _skipReason + " Install Debian's 'postgresql' package to run them.");
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

    private static string? FindBinaries()
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

        _binDir = FindBinaries();
        if (_binDir is null)
        {
            _skipReason = "no PostgreSQL server binaries (initdb, pg_ctl, postgres) were found on PATH or under /usr/lib/postgresql.";
            return null;
        }

        // PostgreSQL refuses to run as root; CI runs as root, so the cluster belongs to the 'postgres' user there.
        var asRoot = Environment.UserName == "root";
        _dataDir = Path.Combine(Path.GetTempPath(), "newstreaty-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dataDir);
        if (asRoot)
        {
            await RunAsync("chown", $"postgres {_dataDir}");
        }

        var port = FreePort();
        var data = Path.Combine(_dataDir, "data");
        try
        {
            await RunPgAsync(asRoot, "initdb", $"-D {data} -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N");
            await RunPgAsync(asRoot, "pg_ctl",
                $"-D {data} -l {_dataDir}/server.log -w -t 60 -o \"-p {port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");
        }
        catch (Exception ex)
        {
            _skipReason = "the test server could not be started: " + ex.Message;
            return null;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(asRoot, data);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true";
    }

    private static void Stop(bool asRoot, string data)
    {
        try
        {
            RunPgAsync(asRoot, "pg_ctl", $"-D {data} -m immediate stop").GetAwaiter().GetResult();
            Directory.Delete(_dataDir!, recursive: true);
        }
        catch (Exception)
        {
            // Best effort at exit; the folder lives under /tmp.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunPgAsync(bool asRoot, string tool, string arguments) =>
        asRoot
            ? RunAsync("runuser", $"-u postgres -- {Path.Combine(_binDir!, tool)} {arguments}")
            : RunAsync(Path.Combine(_binDir!, tool), arguments);

    private static async Task RunAsync(string file, string arguments)
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
