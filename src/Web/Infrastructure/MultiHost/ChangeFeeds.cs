using Microsoft.Data.Sqlite;
using NewsTreaty.Domain.Data;
using Npgsql;

namespace NewsTreaty.Web.Infrastructure.MultiHost;

/// <summary>One open connection that hears of other processes' writes; a failure of any call means it is lost.</summary>
internal interface IChangeFeed : IAsyncDisposable
{
    /// <summary>Passes on the changes of about one interval, then confirms to <see cref="DataChanges"/> what it has heard.</summary>
    Task NextAsync(CancellationToken ct);
}

/// <summary>
/// PostgreSQL: LISTEN on the channel the change triggers notify. Notices arrive as other hosts commit; between them a
/// heartbeat (<c>SELECT 1</c>) proves the connection alive, and since PostgreSQL delivers the notices of commits made
/// before a query ahead of its result, each answer confirms everything committed before the heartbeat was sent.
/// </summary>
internal sealed class PostgresChangeFeed : IChangeFeed
{
    private readonly NpgsqlConnection _connection;
    private readonly DataChanges _changes;
    private readonly ChangeWatchSettings _settings;
    private readonly TimeProvider _clock;
    private readonly string _self;

    private PostgresChangeFeed(NpgsqlConnection connection, string self, DataChanges changes, ChangeWatchSettings settings, TimeProvider clock)
    {
        (_connection, _self, _changes, _settings, _clock) = (connection, self, changes, settings, clock);
        connection.Notification += (_, notice) =>
        {
            if (notice.Payload != _self)
            {
                _changes.Notify(ChangeSource.Database);
            }
        };
    }

    public static async Task<IChangeFeed> OpenAsync(DatabaseSettings database, DataChanges changes, ChangeWatchSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, Timeout = 5, CommandTimeout = 5 };
        var self = builder.ApplicationName ?? "";
        builder.ApplicationName = "newstreaty change watch"; // told apart in pg_stat_activity; it writes nothing
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            var feed = new PostgresChangeFeed(connection, self, changes, settings, clock);
            var askedAt = clock.GetTimestamp();
            await feed.ExecuteAsync($"LISTEN {ChangeWatch.Channel}", ct);
            changes.Notify(ChangeSource.Resync); // whatever was committed before LISTEN went unheard
            changes.Confirm(askedAt, settings.Lease);
            return feed;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task NextAsync(CancellationToken ct)
    {
        var until = _clock.GetTimestamp() + (long)(_settings.Interval.TotalSeconds * _clock.TimestampFrequency);
        for (var left = _clock.GetElapsedTime(_clock.GetTimestamp(), until); left > TimeSpan.Zero; left = _clock.GetElapsedTime(_clock.GetTimestamp(), until))
        {
            await _connection.WaitAsync((int)Math.Ceiling(left.TotalMilliseconds), ct); // notices raise Notification meanwhile
        }

        var askedAt = _clock.GetTimestamp();
        await ExecuteAsync("SELECT 1", ct);
        _changes.Confirm(askedAt, _settings.Lease);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

/// <summary>
/// SQLite: <c>PRAGMA data_version</c> on a connection of its own changes whenever any other connection commits to the
/// file. This process's own commits would look the same, so each one moves the baseline before it is announced
/// (<see cref="DataChanges.LocalWrite"/>): a change seen after that was made by another process (the CLI, a second host).
/// A change seen while a write of this process is committing but not yet announced may be that write: the watch then
/// looks once more an interval later, when the announcement has moved the baseline, instead of taking it for foreign.
/// </summary>
internal sealed class SqliteChangeFeed : IChangeFeed
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly DataChanges _changes;
    private readonly ChangeWatchSettings _settings;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private long _seen;
    private bool _heldBack;

    private SqliteChangeFeed(SqliteConnection connection, DataChanges changes, ChangeWatchSettings settings, TimeProvider clock)
    {
        (_connection, _changes, _settings, _clock) = (connection, changes, settings, clock);
        _read = connection.CreateCommand();
        _read.CommandText = "PRAGMA data_version";
    }

    public static async Task<IChangeFeed> OpenAsync(DatabaseSettings database, DataChanges changes, ChangeWatchSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        var connection = new SqliteConnection(builder.ConnectionString);
        SqliteChangeFeed? feed = null;
        try
        {
            await connection.OpenAsync(ct);
            feed = new SqliteChangeFeed(connection, changes, settings, clock);
            var askedAt = clock.GetTimestamp();
            changes.LocalWrite += feed.Rebase; // first: the host takes writes already, and its own must not look foreign
            lock (feed._gate)
            {
                feed._seen = feed.Read();
            }

            changes.Notify(ChangeSource.Resync);
            changes.Confirm(askedAt, settings.Lease);
            return feed;
        }
        catch
        {
            if (feed is not null)
            {
                changes.LocalWrite -= feed.Rebase;
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task NextAsync(CancellationToken ct)
    {
        await Task.Delay(_settings.Interval, _clock, ct);
        var askedAt = _clock.GetTimestamp();
        bool changed;
        lock (_gate)
        {
            var now = Read();
            changed = now != _seen;
            if (changed && !_heldBack && _changes.LocalWriteUnannounced)
            {
                // Perhaps this process's own commit, about to be announced (which moves _seen): look once more next
                // time, and confirm nothing now. A change of another process waits one interval at most, since a
                // write that failed is never announced.
                _heldBack = true;
                return;
            }

            _heldBack = false;
            _seen = now;
        }

        if (changed)
        {
            _changes.Notify(ChangeSource.Database);
        }

        _changes.Confirm(askedAt, _settings.Lease);
    }

    /// <summary>On the writer's thread, after its commit and before its announcement.</summary>
    private void Rebase()
    {
        lock (_gate)
        {
            try
            {
                _seen = Read();
            }
            catch (SqliteException)
            {
                _seen = -1; // unknown: the next look counts as a change, and fails on its own if the file is gone
            }
        }
    }

    private long Read() => (long)_read.ExecuteScalar()!;

    public ValueTask DisposeAsync()
    {
        _changes.LocalWrite -= Rebase;
        lock (_gate)
        {
            _read.Dispose();
            _connection.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
