using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace NewsTreaty.Domain.Data;

/// <summary>The database cannot serve at all (<see cref="WritesOnly"/> false), or can be read but not written.</summary>
public sealed record DatabaseOutage(bool WritesOnly, string Reason);

/// <summary>
/// Tells a lost or read-only database apart from a bug, on both engines, so the API can answer 503 with
/// Retry-After (the host reconnects by itself) instead of a 500 that says nothing.
/// </summary>
public static class DatabaseFailure
{
    public static DatabaseOutage? Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var outage = e switch
            {
                PostgresException pg => Postgres(pg.SqlState),
                NpgsqlException => new DatabaseOutage(false, "the database server cannot be reached"),
                SqliteException sqlite => Sqlite(sqlite.SqliteErrorCode),
                RetryLimitExceededException or TimeoutException or SocketException => new DatabaseOutage(false, "the database does not answer"),
                _ => null,
            };
            if (outage is not null)
            {
                return outage;
            }
        }

        return null;
    }

    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static DatabaseOutage? Postgres(string state) => state switch
    {
        "25006" => new DatabaseOutage(true, "the database is read-only"),
        "53100" => new DatabaseOutage(true, "the database is out of disk space"),
        "53000" or "53400" => new DatabaseOutage(false, "the database server has reached a resource limit"),
        "53200" => new DatabaseOutage(false, "the database server is out of memory"),
        "53300" => new DatabaseOutage(false, "the database server has too many connections"),
        "57P01" or "57P02" or "57P03" => new DatabaseOutage(false, "the database server is shutting down or starting up"),
        _ when state.StartsWith("08", StringComparison.Ordinal) => new DatabaseOutage(false, "the connection to the database failed"),
        _ => null,
    };

    // https://www.sqlite.org/rescode.html
    private static DatabaseOutage? Sqlite(int code) => code switch
    {
        8 => new DatabaseOutage(true, "the database file is read-only"),
        13 => new DatabaseOutage(true, "the database is out of disk space (the disk holding its file is full)"),
        5 or 6 => new DatabaseOutage(false, "the database file is locked by another process"),
        10 or 14 => new DatabaseOutage(false, "the database file cannot be read or opened"),
        _ => null,
    };
}
