using System.Collections.Concurrent;

namespace NewsTreaty.Api.Infrastructure.Auth;

/// <summary>
/// Counts failed credential checks per key (an account, an address) and says how long the next attempt must wait.
/// <see cref="Free"/> failures cost nothing; then the next attempt waits a second, and each failure after doubles that, up to
/// <see cref="Longest"/>, so a guesser slows to a crawl while the real person, after a few typos, waits seconds and
/// never longer than that cap. Failures older than <see cref="Forget"/> stop counting; a success clears the key.
/// In memory, per host: enough for one host; several hosts each keep their own count.
/// </summary>
public sealed class FailureThrottle(int free, TimeSpan longest, TimeSpan forget, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Free { get; } = free;

    public TimeSpan Longest { get; } = longest;

    public TimeSpan Forget { get; } = forget;

    /// <summary>How long <paramref name="key"/> must still wait before it may try again; zero when it may try now.</summary>
    public TimeSpan Wait(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return TimeSpan.Zero;
        }

        var now = clock.GetUtcNow();
        if (now - entry.Last > Forget)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            return TimeSpan.Zero;
        }

        var until = entry.Last + Delay(entry.Failures);
        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Records a failure and returns how many failures <paramref name="key"/> now has.</summary>
    public int Fail(string key)
    {
        var now = clock.GetUtcNow();
        var entry = _entries.AddOrUpdate(key, _ => new Entry(1, now),
            (_, old) => now - old.Last > Forget ? new Entry(1, now) : new Entry(old.Failures + 1, now));
        if (_entries.Count > 100_000)
        {
            Sweep(now);
        }

        return entry.Failures;
    }

    public void Succeed(string key) => _entries.TryRemove(key, out _);

    private TimeSpan Delay(int failures)
    {
        if (failures < Free)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(failures - Free, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds));
    }

    // Addresses that stopped trying are dropped, so a scan over many addresses cannot grow the table without bound.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.Last > Forget)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset Last);
}
