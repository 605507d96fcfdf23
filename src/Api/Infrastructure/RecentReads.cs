namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Which cacheable reads were asked for recently: the read cache stores a response only from its second ask, so a read
/// nobody repeats (a crawler walking a million records, an embed seen once) costs neither a copy of its body nor a
/// place in the cache. ASP.NET Core's output cache gives each response it stores a new 80 KB buffer and writes the
/// entry into the store under one shared tag; for reads asked once that was most of a cache miss's allocations and a
/// quarter of its CPU (docs/performance.md, "The read cache stores what is asked for twice").
/// <para>
/// Remembers the hashes of the last <see cref="Capacity"/> to twice as many distinct reads, in two sets that take
/// turns: when the newer one is full, the older one is dropped. At 5,000 distinct reads a second that is 13–26 s of
/// memory, at 50 a second 20 minutes or more; about 2 MB in all. Two reads with one hash count as one: the price is a
/// response stored on its first ask now and then.
/// </para>
/// </summary>
internal sealed class RecentReads
{
    public const int Capacity = 65_536;

    private readonly Lock _lock = new();
    private HashSet<int> _current = new(Capacity);
    private HashSet<int> _previous = new(Capacity);

    /// <summary>Records the read and says whether it had been asked for before, within the memory described above.</summary>
    public bool AskedBefore(int read)
    {
        lock (_lock)
        {
            if (_current.Contains(read))
            {
                return true;
            }

            var before = _previous.Contains(read);
            _current.Add(read);
            if (_current.Count >= Capacity)
            {
                (_previous, _current) = (_current, _previous);
                _current.Clear();
            }

            return before;
        }
    }
}
