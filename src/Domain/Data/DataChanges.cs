namespace NewsTreaty.Domain.Data;

/// <summary>Where a change notice came from.</summary>
public enum ChangeSource
{
    /// <summary>A write committed through this process's DbContext (see <see cref="DataChangeInterceptors"/>).</summary>
    ThisProcess,

    /// <summary>The database said that something changed: another host, the CLI, or any other writer.</summary>
    Database,

    /// <summary>The watch on the database was lost and is back: changes in between may have gone unseen.</summary>
    Resync,
}

/// <summary>
/// A process-wide signal that stored data changed: every committed write through the DbContext raises it (see
/// <see cref="DataChangeInterceptors"/>), and so does the database watch for writes made elsewhere (other hosts, the
/// CLI), so caches of read results in this process can drop what they hold. The generation number lets a cache tell
/// results read before a change from results read after it.
/// </summary>
public sealed class DataChanges
{
    private long _generation;
    private int _blind;

    /// <summary>Raised after a change is committed, on the notifier's thread; handlers must be quick and must not throw.</summary>
    public event Action? Changed;

    /// <summary>Raised with every notice and where it came from (for metrics).</summary>
    public event Action<ChangeSource>? Noticed;

    /// <summary>Increases on every change; a result read while it had one value may be stale once it has another.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// False while this process may miss other processes' writes (its watch on the database is down): caches must
    /// then not serve what they hold, since they would not hear of a change made meanwhile.
    /// </summary>
    public bool Trustworthy => Volatile.Read(ref _blind) == 0;

    /// <summary>Call after a write outside EF Core's SaveChanges and transactions (raw SQL) has been committed.</summary>
    public void Notify(ChangeSource source = ChangeSource.ThisProcess)
    {
        Interlocked.Increment(ref _generation);
        Noticed?.Invoke(source);
        Changed?.Invoke();
    }

    /// <summary>The database watch is down: other processes' writes go unseen until <see cref="Regained"/>.</summary>
    public void Lost() => Volatile.Write(ref _blind, 1);

    /// <summary>The database watch is back; anything may have changed while it was down.</summary>
    public void Regained()
    {
        Notify(ChangeSource.Resync);
        Volatile.Write(ref _blind, 0);
    }
}
