namespace NewsTreaty.TestSupport;

/// <summary>
/// One throw-away PostgreSQL server (Debian's binaries, a cluster in /tmp, a loopback port, trust auth) that a test
/// may stop and start again on the same port and data, to see what the host does while its database is gone.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _binDir;
    private readonly string _folder;
    private readonly bool _asRoot;
    private readonly int _port;

    private PostgresCluster(string binDir, string folder, bool asRoot, int port) => (_binDir, _folder, _asRoot, _port) = (binDir, folder, asRoot, port);

    public string AdminConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true";

    private string Data => Path.Combine(_folder, "data");

    /// <summary>Creates and starts a cluster; throws <see cref="Xunit.SkipException"/> (or fails, when required) without binaries.</summary>
    public static async Task<PostgresCluster> StartNewAsync()
    {
        var binDir = PostgresServer.FindBinaries()
            ?? throw PostgresServer.Unavailable("no PostgreSQL server binaries (initdb, pg_ctl, postgres) were found on PATH or under /usr/lib/postgresql.");

        // PostgreSQL refuses to run as root; CI runs as root, so the cluster belongs to the 'postgres' user there.
        var asRoot = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "newstreaty-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (asRoot)
        {
            await PostgresServer.RunAsync("chown", $"postgres {folder}");
        }

        var cluster = new PostgresCluster(binDir, folder, asRoot, PostgresServer.FreePort());
        await PostgresServer.RunPgAsync(binDir, asRoot, "initdb", $"-D {cluster.Data} -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N");
        await cluster.StartAsync();
        return cluster;
    }

    /// <summary>
    /// Starts the test server. max_connections is 400, not the default 100: every test host keeps a connection pool
    /// and a LISTEN connection for the change watch, and parallel classes' hosts once reached the 100 ("53300: sorry,
    /// too many clients already" in clean-clone CI).
    /// </summary>
    public Task StartAsync() =>
        PostgresServer.RunPgAsync(_binDir, _asRoot, "pg_ctl",
            $"-D {Data} -l {_folder}/server.log -w -t 60 -o \"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");

    /// <summary>Stops the server the way a crash or an operator would: connections are cut at once.</summary>
    public Task StopAsync() => PostgresServer.RunPgAsync(_binDir, _asRoot, "pg_ctl", $"-D {Data} -m immediate stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort; the folder lives under /tmp.
        }
    }
}
