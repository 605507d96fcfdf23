using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Infrastructure.MultiHost;

namespace NewsTreaty.Web.Tests.MultiHost;

/// <summary>
/// The SQLite watch's one blind spot: <c>PRAGMA data_version</c> moves for this process's own commits too, and a look
/// that falls between such a commit and its announcement must not take it for another process's write (which would
/// empty the read cache for nothing). The watch holds such a change back for one look, and no longer, so another
/// process's write is never lost, even beside a write of this process that failed and was never announced.
/// </summary>
public sealed class SqliteChangeFeedTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private readonly DataChanges _changes = new(TimeProvider.System);
    private SqliteConnection _writer = null!;
    private IChangeFeed _feed = null!;
    private int _foreign;

    public async Task InitializeAsync()
    {
        _writer = new SqliteConnection(_database.ConnectionString);
        await _writer.OpenAsync();
        await ExecuteAsync("PRAGMA journal_mode=WAL; CREATE TABLE notes(text TEXT NOT NULL)");
        _changes.Noticed += source => _foreign += source == ChangeSource.Database ? 1 : 0;
        _feed = await SqliteChangeFeed.OpenAsync(
            new DatabaseSettings(DatabaseProvider.Sqlite, _database.ConnectionString), _changes,
            new ChangeWatchSettings { IntervalMilliseconds = 10 }, TimeProvider.System, default);
    }

    [Fact]
    public async Task ACommitOfThisProcessSeenBeforeItIsAnnouncedIsNotTakenForAnotherProcesss()
    {
        _changes.LocalWriteStarting();
        await ExecuteAsync("INSERT INTO notes VALUES ('ours')"); // committed; the watch looks before the announcement
        await _feed.NextAsync(default);
        Assert.Equal(0, _foreign);

        _changes.Notify(); // the announcement moves the watch's baseline past this commit
        Assert.False(_changes.LocalWriteUnannounced);
        await _feed.NextAsync(default);
        Assert.Equal(0, _foreign);

        await ExecuteAsync("INSERT INTO notes VALUES ('theirs')"); // nothing of ours is under way: heard at the first look
        await _feed.NextAsync(default);
        Assert.Equal(1, _foreign);
    }

    [Fact]
    public async Task AnotherProcesssWriteBesideAWriteOfOursThatFailedIsHeldBackForOneLookOnly()
    {
        _changes.LocalWriteStarting(); // never announced: the write failed
        await ExecuteAsync("INSERT INTO notes VALUES ('theirs')");
        await _feed.NextAsync(default);
        Assert.Equal(0, _foreign);
        await _feed.NextAsync(default);
        Assert.Equal(1, _foreign);

        // Still unannounced: every later write of another process waits one look, no more.
        Assert.True(_changes.LocalWriteUnannounced);
        await ExecuteAsync("INSERT INTO notes VALUES ('theirs again')");
        await _feed.NextAsync(default);
        await _feed.NextAsync(default);
        Assert.Equal(2, _foreign);
        await _feed.NextAsync(default);
        Assert.Equal(2, _foreign);
    }

    [Fact]
    public async Task EveryWayTheHostWritesIsMarkedBeforeItCommitsAndAnnouncedAfter()
    {
        await using var host = new NewsTreatyFactory(TestDatabase.NewSqlite());
        using var _ = host.Database;
        var changes = host.Services.GetRequiredService<DataChanges>();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var marked = new List<bool>();
        changes.LocalWrite += () => marked.Add(changes.LocalWriteUnannounced);

        db.Outlets.Add(new Outlet("change-feed-gazette", "Change Feed Gazette", "GB", OutletKind.Newspaper, false, null));
        await db.SaveChangesAsync(); // EF's own transaction
        AssertMarkedThenAnnounced(marked);

        await db.Outlets.Where(o => o.Slug == "change-feed-gazette").ExecuteUpdateAsync(s => s.SetProperty(o => o.Country, "IE"));
        AssertMarkedThenAnnounced(marked);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Outlets.Where(o => o.Slug == "change-feed-gazette").ExecuteUpdateAsync(s => s.SetProperty(o => o.Country, "FR"));
            await transaction.CommitAsync();
        }

        AssertMarkedThenAnnounced(marked);
        Assert.False(changes.LocalWriteUnannounced);
    }

    /// <summary>The write's first announcement (a save inside EF's own transaction has two) found it marked.</summary>
    private static void AssertMarkedThenAnnounced(List<bool> marked)
    {
        Assert.NotEmpty(marked);
        Assert.True(marked[0]);
        marked.Clear();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _writer.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _feed.DisposeAsync();
        await _writer.DisposeAsync();
        _database.Dispose();
    }
}
