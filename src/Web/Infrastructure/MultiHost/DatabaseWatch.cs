using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsTreaty.Domain.Data;
using Npgsql;

namespace NewsTreaty.Web.Infrastructure.MultiHost;

/// <summary>
/// Tells <see cref="DataChanges"/> about writes this process did not make (other hosts, the CLI, psql), so the read
/// cache drops what they changed within a second: PostgreSQL by LISTEN/NOTIFY, SQLite by <c>PRAGMA data_version</c>
/// (<see cref="IChangeFeed"/>). The cache trusts what it holds only for a lease after the watch's last answer, so a
/// watch that is down or stalled costs speed, never correctness; a connection that comes back counts as a change,
/// since notices may have been missed meanwhile. The cache is distrusted from the host's start until the first
/// connection is made, which waits for the database to be brought up (<see cref="DatabaseStartup"/>): a fresh SQLite
/// file is switched to WAL then, which another open connection could refuse.
/// </summary>
internal sealed class DatabaseWatch(
    DatabaseSettings database, DataChanges changes, DatabaseStartup startup, IOptions<ChangeWatchSettings> options, TimeProvider clock,
    ILogger<DatabaseWatch> logger)
    : BackgroundService
{
    private IChangeFeed? _feed;
    private bool _lost;

    private ChangeWatchSettings Settings => options.Value;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Settings.Enabled || IsPrivateToThisProcess())
        {
            return; // no watch: the cache stays trusted, as for one process that owns its data
        }

        changes.Distrust();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            try
            {
                await startup.Ready.WaitAsync(stoppingToken);
            }
            catch (Exception) when (startup.Ready.IsFaulted)
            {
                return; // the host stops with the reason
            }

            await ConnectAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (_feed is null)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(500, Settings.IntervalMilliseconds)), clock, stoppingToken);
                    await ConnectAsync(stoppingToken);
                    continue;
                }

                try
                {
                    await _feed.NextAsync(stoppingToken);
                }
                catch (Exception ex) when (IsConnectionFailure(ex) && !stoppingToken.IsCancellationRequested)
                {
                    await LoseAsync(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            await DropFeedAsync();
        }
    }

    private async Task ConnectAsync(CancellationToken ct)
    {
        try
        {
            _feed = database.Provider == DatabaseProvider.PostgreSql
                ? await PostgresChangeFeed.OpenAsync(database, changes, Settings, clock, ct)
                : await SqliteChangeFeed.OpenAsync(database, changes, Settings, clock, ct);
            if (_lost)
            {
                logger.LogInformation("Watching the database for other processes' writes again; the read cache starts afresh");
            }

            _lost = false;
        }
        catch (Exception ex) when (IsConnectionFailure(ex) && !ct.IsCancellationRequested)
        {
            await LoseAsync(ex);
        }
    }

    private async Task LoseAsync(Exception ex)
    {
        changes.Distrust();
        if (!_lost)
        {
            logger.LogWarning(ex, "Lost the watch on the database for other processes' writes; the read cache is bypassed until it is back");
        }

        _lost = true;
        await DropFeedAsync();
    }

    private async Task DropFeedAsync()
    {
        if (_feed is { } feed)
        {
            _feed = null;
            try
            {
                await feed.DisposeAsync();
            }
            catch (Exception ex) when (IsConnectionFailure(ex))
            {
                // already broken: nothing to close
            }
        }
    }

    /// <summary>An in-memory SQLite database has no other writers.</summary>
    private bool IsPrivateToThisProcess()
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return false;
        }

        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
    }

    private static bool IsConnectionFailure(Exception ex) =>
        ex is NpgsqlException or SqliteException or IOException or SocketException or TimeoutException or InvalidOperationException
            or OperationCanceledException;
}
