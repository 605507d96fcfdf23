namespace NewsTreaty.Domain.Data;

/// <summary>
/// A process-wide signal that stored data changed: every committed write through the DbContext raises it (see
/// <see cref="DataChangeInterceptors"/>), so caches of read results in this process can drop what they hold.
/// The generation number lets a cache tell results read before a change from results read after it.
/// </summary>
public sealed class DataChanges
{
    private long _generation;

    /// <summary>Raised after a change is committed, on the writer's thread; handlers must be quick and must not throw.</summary>
    public event Action? Changed;

    /// <summary>Increases on every change; a result read while it had one value may be stale once it has another.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Call after a write outside EF Core's SaveChanges and transactions (raw SQL) has been committed.</summary>
    public void Notify()
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
    }
}
