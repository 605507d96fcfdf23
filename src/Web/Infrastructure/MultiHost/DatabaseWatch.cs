using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Infrastructure.MultiHost;

/// <summary>"ChangeWatch" in appsettings: how this host hears of writes made by other hosts and the CLI.</summary>
internal sealed class ChangeWatchSettings
{
    public const string Section = "ChangeWatch";

    public bool Enabled { get; set; } = true;

    /// <summary>SQLite: how often <c>PRAGMA data_version</c> is read. PostgreSQL: how long to wait before listening again after a lost connection.</summary>
    public int IntervalMilliseconds { get; set; } = 250;
}

internal static class ChangeWatchRegistration
{
    public static void AddNewsTreatyChangeWatch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChangeWatchSettings>().BindConfiguration(ChangeWatchSettings.Section);
        builder.Services.AddHostedService<DatabaseWatch>();
    }
}

/// <summary>
/// Tells <see cref="DataChanges"/> about writes this process did not make, so its read cache drops them within a
/// second: on PostgreSQL by LISTEN on the channel that the statement triggers of the change-notice schema step
/// NOTIFY at every commit, on SQLite by reading <c>PRAGMA data_version</c>, which moves whenever another
/// connection (another process, the CLI) commits to the file. While the watch is down, the read cache serves
/// nothing it holds (<see cref="DataChanges.Trustworthy"/>), and when it is back everything counts as changed.
/// </summary>
internal sealed class DatabaseWatch(
    DatabaseSettings database, DataChanges changes, IOptions<ChangeWatchSettings> options, ILogger<DatabaseWatch> logger) : BackgroundService
{
    public const string Channel = "newstreaty_changes";

    private bool _lost;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        // Blind until the first watch is up: a write made elsewhere before then would otherwise go unseen.
        changes.Lost();
        var pause = TimeSpan.FromMilliseconds(Math.Max(10, settings.IntervalMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await (database.Provider == DatabaseProvider.PostgreSql
                    ? ListenAsync(stoppingToken)
                    : PollAsync(pause, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SqliteException or InvalidOperationException or System.IO.IOException or TimeoutException)
            {
                if (!_lost)
                {
                    logger.LogWarning(ex, "Lost the watch on the database for other hosts' writes; the read cache serves nothing until it is back");
                }

                _lost = true;
                changes.Lost();
            }

            await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Watching()
    {
        if (_lost)
        {
            logger.LogInformation("Watching the database for other hosts' writes again");
        }

        _lost = false;
        changes.Regained();
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 15 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, _) => changes.Notify(ChangeSource.Database);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        Watching();
        while (true)
        {
            await connection.WaitAsync(ct);
        }
    }

    private async Task PollAsync(TimeSpan pause, CancellationToken ct)
    {
        // Its own connection, outside the pool: data_version counts the commits of every connection but this one.
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA data_version";
        var seen = (long)(await read.ExecuteScalarAsync(ct))!;
        Watching();
        while (true)
        {
            await Task.Delay(pause, ct);
            var now = (long)(await read.ExecuteScalarAsync(ct))!;
            if (now != seen)
            {
                seen = now;
                changes.Notify(ChangeSource.Database);
            }
        }
    }
}
