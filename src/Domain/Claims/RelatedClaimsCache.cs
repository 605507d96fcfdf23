using System.Collections.Concurrent;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// What the related-claims rankings of different claims share (<see cref="ClaimRecordReader.RelatedAsync"/>), kept in
/// memory until the data changes. Each event's and subject's newest claims, the range a ranking reads for it,
/// are the same for every claim of that event or subject: in a large corpus a few hundred busy events and head actors
/// stand behind most claims, so most rankings read nothing but what others read before them. The claims a ranking
/// shows are kept too (their reference: slug, text, kind, status).
/// </summary>
/// <remarks>
/// Entries belong to the <see cref="DataChanges.Generation"/> in force when their read began: a write anywhere (this
/// host, another host, the CLI) moves the generation and the next ranking starts empty, and while
/// <see cref="DataChanges.Trustworthy"/> is false nothing is served or kept, the read cache's rules. Only ranges of at
/// least <see cref="MinKept"/> claims are kept (a shorter one costs little to read), and a generation keeps at most
/// <see cref="MaxIds"/> ids and <see cref="MaxRefs"/> references (about 4 MB and 3 MB), then keeps nothing more: a
/// generation started again whenever it filled up left its entries to the collector's oldest generation, and a host
/// reading varied claims grew by about 90 MB.
/// </remarks>
public sealed class RelatedClaimsCache(DataChanges changes)
{
    internal const int MinKept = 64, MaxIds = 1_000_000, MaxRefs = 4_000;

    private Generation _current = new(-1);

    /// <summary>The entries that may be served and kept now, or null when none may. Take it before reading the database.</summary>
    internal Generation? Now()
    {
        if (!changes.Trustworthy)
        {
            return null;
        }

        var number = changes.Generation;
        var current = Volatile.Read(ref _current);
        if (current.Number == number)
        {
            return current;
        }

        var fresh = new Generation(number);
        var seen = Interlocked.CompareExchange(ref _current, fresh, current);
        return ReferenceEquals(seen, current) ? fresh : seen.Number == number ? seen : null;
    }

    /// <summary>One generation's entries.</summary>
    internal sealed class Generation(long number)
    {
        private readonly ConcurrentDictionary<long, int[]> _newest = new();
        private readonly ConcurrentDictionary<int, ClaimRef> _refs = new();
        private int _ids;
        private int _refCount;

        public long Number => number;

        /// <summary>An event's (<paramref name="isEvent"/>) or subject's newest claims, newest first, as read before.</summary>
        public int[]? Newest(bool isEvent, int id) => _newest.TryGetValue(Key(isEvent, id), out var ids) ? ids : null;

        public void KeepNewest(bool isEvent, int id, int[] ids)
        {
            // An entry's own overhead counts as a few ids. Two readers may both pass the bound check: it is a bound, not a count.
            if (ids.Length >= MinKept && Volatile.Read(ref _ids) < MaxIds && _newest.TryAdd(Key(isEvent, id), ids))
            {
                Interlocked.Add(ref _ids, ids.Length + 8);
            }
        }

        public ClaimRef? Ref(int id) => _refs.TryGetValue(id, out var claim) ? claim : null;

        public void KeepRef(ClaimRef claim)
        {
            if (Volatile.Read(ref _refCount) < MaxRefs && _refs.TryAdd(claim.Id, claim))
            {
                Interlocked.Increment(ref _refCount);
            }
        }

        private static long Key(bool isEvent, int id) => ((isEvent ? 1L : 0L) << 32) | (uint)id;
    }
}
