using Microsoft.Data.Sqlite;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// Open SQLite connections of the host's own for <see cref="RecordBatch"/>'s reads outside a transaction, each keeping
/// its prepared commands across requests. Microsoft.Data.Sqlite prepares a command's statements on its first execution
/// and keeps them while the command lives, but closing the connection disposes every command created on it, and EF
/// closes the context's connection after each query (and disposes it when a pooled context goes back to the pool): so
/// every cache miss prepared its SQL again, about a quarter of the host's CPU on varied claims (perf, 1 Dec 2026). These
/// connections stay open while the host runs, so a claim's fixed SQL is prepared once per connection.
/// </summary>
/// <remarks>
/// A lease is one connection used by one request at a time; its commands are never shared. Every execution binds every
/// parameter again (Microsoft.Data.Sqlite refuses a statement with an unbound parameter) and the reader's disposal
/// resets the statements, so no value or open read transaction outlives the request. Reads in a transaction stay on
/// the context's connection (they must see the transaction's own writes). Disposed with the host's services: the
/// connections close and their statements are finalised, so a file is checkpointed and released as before.
/// </remarks>
public sealed class SqliteReadConnections(string connectionString) : IDisposable
{
    /// <summary>Idle connections kept (more than the concurrent reads of a two-core host under load are closed on return).</summary>
    private const int IdleKept = 32;

    /// <summary>Prepared commands kept per connection, least recently used dropped first (a page's summaries vary with its size).</summary>
    internal const int CommandsKept = 48;

    private readonly Stack<Lease> idle = new();
    private bool disposed;

    /// <summary>Whether the connection string names a file every connection shares (a private in-memory database would not be).</summary>
    public static bool Shareable(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } file && file != ":memory:";
    }

    /// <summary>An open connection for one request's read, or null once the host is shutting down.</summary>
    internal Lease? Rent()
    {
        lock (idle)
        {
            if (disposed)
            {
                return null;
            }

            if (idle.TryPop(out var lease))
            {
                return lease;
            }
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            SqliteRanking.Register(connection); // as on EF Core's connections, so any read may rank
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new Lease(connection);
    }

    internal void Return(Lease lease)
    {
        lock (idle)
        {
            if (!disposed && idle.Count < IdleKept)
            {
                idle.Push(lease);
                return;
            }
        }

        lease.Dispose();
    }

    public void Dispose()
    {
        Lease[] leases;
        lock (idle)
        {
            disposed = true;
            leases = idle.ToArray();
            idle.Clear();
        }

        foreach (var lease in leases)
        {
            lease.Dispose();
        }
    }

    /// <summary>One open connection and its prepared commands, by SQL text.</summary>
    internal sealed class Lease(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, LinkedListNode<SqliteCommand>> commands = new(StringComparer.Ordinal);
        private readonly LinkedList<SqliteCommand> recent = new();

        public int Prepared => commands.Count;

        /// <summary>The command for <paramref name="sql"/> (prepared on its first execution and kept), with these parameter values.</summary>
        public SqliteCommand Command(string sql, IEnumerable<(string Name, object Value)> parameters)
        {
            if (commands.TryGetValue(sql, out var node))
            {
                recent.Remove(node);
                recent.AddFirst(node);
            }
            else
            {
                if (commands.Count == CommandsKept)
                {
                    var oldest = recent.Last!;
                    recent.RemoveLast();
                    commands.Remove(oldest.Value.CommandText);
                    oldest.Value.Dispose();
                }

                node = recent.AddFirst(connection.CreateCommand());
                node.Value.CommandText = sql;
                commands.Add(sql, node);
            }

            var command = node.Value;
            var bound = 0;
            foreach (var (name, value) in parameters)
            {
                if (command.Parameters.IndexOf(name) is var at and >= 0)
                {
                    command.Parameters[at].Value = value;
                }
                else
                {
                    command.Parameters.AddWithValue(name, value);
                }

                bound++;
            }

            if (bound != command.Parameters.Count)
            {
                throw new InvalidOperationException($"The prepared command was given {bound} of its {command.Parameters.Count} parameters.");
            }

            return command;
        }

        public void Dispose() => connection.Dispose();
    }
}
