using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Editing;

/// <summary>
/// Queues this process's record writes to one SQLite file in memory. SQLite lets one writer in at a time; a second
/// writer's BEGIN IMMEDIATE is refused as busy, and Microsoft.Data.Sqlite then sleeps 150 ms before it asks again,
/// so two clients creating claims waited 150 ms steps for writes that take a few milliseconds. Waiting here instead
/// lets the next writer in the moment the last one commits. PostgreSQL needs no gate.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Held until disposed; null (nothing to hold) on PostgreSQL.</summary>
    public static async Task<IDisposable?> EnterAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return null;
        }

        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
