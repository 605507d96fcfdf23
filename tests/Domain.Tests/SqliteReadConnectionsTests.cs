using Microsoft.Data.Sqlite;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Tests;

/// <summary>The host's own SQLite read connections: prepared commands kept per connection, values never carried over, closed on disposal.</summary>
public sealed class SqliteReadConnectionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newstreaty-tests", "reads-" + Guid.NewGuid().ToString("N")[..12]);

    private string File => Path.Combine(folder, "reads.db");

    private string ConnectionString => $"Data Source={File};Pooling=True";

    public SqliteReadConnectionsTests()
    {
        Directory.CreateDirectory(folder);
        using var setup = new SqliteConnection(ConnectionString);
        setup.Open();
        using var create = setup.CreateCommand();
        create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void AConnectionKeepsItsCommandsPreparedAndBindsEveryValueAgain()
    {
        using var reads = new SqliteReadConnections(ConnectionString);
        var lease = reads.Rent()!;
        var byId = lease.Command("SELECT name FROM t WHERE id = @id", [("@id", 1)]);
        Assert.Equal("one", byId.ExecuteScalar());
        Assert.Same(byId, lease.Command("SELECT name FROM t WHERE id = @id", [("@id", 3)]));
        Assert.Equal("three", byId.ExecuteScalar());

        // A command asked without one of its parameters refuses, rather than running with the last request's value.
        Assert.Throws<InvalidOperationException>(() => lease.Command("SELECT name FROM t WHERE id = @id", []));
        reads.Return(lease);

        Assert.Same(lease, reads.Rent());
    }

    [Fact]
    public void AReadConnectionCanRankWithTheHostsRankingFunction()
    {
        using (var setup = new SqliteConnection(ConnectionString))
        {
            setup.Open();
            using var create = setup.CreateCommand();
            create.CommandText = "CREATE VIRTUAL TABLE words USING fts5(text); INSERT INTO words VALUES ('treaty'), ('treaty treaty');";
            create.ExecuteNonQuery();
        }

        using var reads = new SqliteReadConnections(ConnectionString);
        var lease = reads.Rent()!;
        var best = lease.Command("SELECT rowid FROM words WHERE words MATCH @q ORDER BY nt_bm25(words), rowid LIMIT 1", [("@q", "treaty")]);

        Assert.Equal(2L, best.ExecuteScalar());
        reads.Return(lease);
    }

    [Fact]
    public void TheLeastRecentlyUsedCommandIsDroppedBeyondWhatAConnectionKeeps()
    {
        using var reads = new SqliteReadConnections(ConnectionString);
        var lease = reads.Rent()!;
        var first = lease.Command("SELECT name FROM t WHERE id = @id", [("@id", 2)]);
        for (var i = 0; i < SqliteReadConnections.CommandsKept; i++)
        {
            Assert.Equal((long)i, lease.Command($"SELECT {i} FROM t WHERE id = @id", [("@id", 1)]).ExecuteScalar());
        }

        Assert.Equal(SqliteReadConnections.CommandsKept, lease.Prepared);
        var again = lease.Command("SELECT name FROM t WHERE id = @id", [("@id", 2)]);
        Assert.NotSame(first, again);
        Assert.Equal("two", again.ExecuteScalar());
        Assert.Equal(SqliteReadConnections.CommandsKept, lease.Prepared);
    }

    [Fact]
    public void ReadsSeeWritesCommittedOnOtherConnectionsAndDisposalClosesTheFile()
    {
        var reads = new SqliteReadConnections(ConnectionString);
        var lease = reads.Rent()!;
        var name = lease.Command("SELECT name FROM t WHERE id = @id", [("@id", 2)]);
        Assert.Equal("two", name.ExecuteScalar());
        reads.Return(lease);

        using (var writer = new SqliteConnection(ConnectionString))
        {
            writer.Open();
            using var update = writer.CreateCommand();
            update.CommandText = "UPDATE t SET name = 'deux' WHERE id = 2";
            update.ExecuteNonQuery();
        }

        lease = reads.Rent()!;
        Assert.Equal("deux", lease.Command("SELECT name FROM t WHERE id = @id", [("@id", 2)]).ExecuteScalar());
        reads.Return(lease);
        Assert.True(System.IO.File.Exists(File + "-wal"));

        reads.Dispose();
        Assert.Null(reads.Rent());

        // SQLite checkpoints the log and removes it when the last connection to the file closes.
        SqliteConnection.ClearAllPools();
        Assert.False(System.IO.File.Exists(File + "-wal"), "a read connection still holds the file");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
