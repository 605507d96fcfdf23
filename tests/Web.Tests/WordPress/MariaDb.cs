using System.Diagnostics;

namespace NewsTreaty.Web.Tests.WordPress;

/// <summary>
/// A throw-away MariaDB (Debian's mariadb-server) on a Unix socket in /tmp, no network, for WordPress. Started by
/// <see cref="StartAsync"/> and stopped with the process; skipping is the caller's decision.
/// </summary>
internal sealed class MariaDb : IAsyncDisposable
{
    private readonly Process _server;
    private readonly string _folder;

    private MariaDb(Process server, string folder) => (_server, _folder) = (server, folder);

    public string Socket => Path.Combine(_folder, "mysqld.sock");

    public static bool IsInstalled => File.Exists("/usr/sbin/mariadbd") && File.Exists("/usr/bin/mariadb-install-db");

    public static async Task<MariaDb> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newstreaty-mariadb-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        var user = Environment.UserName == "root" ? "--user=root" : "";
        await RunAsync("/usr/bin/mariadb-install-db", $"--no-defaults --datadir={data} --auth-root-authentication-method=normal --skip-test-db {user}");
        var server = Process.Start(new ProcessStartInfo("/usr/sbin/mariadbd",
            $"--no-defaults --datadir={data} --socket={folder}/mysqld.sock --skip-networking --pid-file={folder}/mysqld.pid " +
            $"--innodb-buffer-pool-size=32M --innodb-log-file-size=8M --skip-log-bin --log-error={folder}/error.log {user}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start mariadbd.");
        var db = new MariaDb(server, folder);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await db.AcceptsAsync())
        {
            if (server.HasExited || timeout.IsCancellationRequested)
            {
                throw new InvalidOperationException("MariaDB did not start: " + await File.ReadAllTextAsync(Path.Combine(folder, "error.log")));
            }

            await Task.Delay(100, CancellationToken.None);
        }

        await RunAsync("/usr/bin/mariadb", $"--no-defaults --socket={db.Socket} -uroot -e \"CREATE DATABASE wordpress CHARACTER SET utf8mb4\"");
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<bool> AcceptsAsync()
    {
        if (!File.Exists(Socket))
        {
            return false;
        }

        try
        {
            await RunAsync("/usr/bin/mariadb-admin", $"--no-defaults --socket={Socket} -uroot ping");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static async Task<string> RunAsync(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {await stderr}{await stdout}");
    }
}
