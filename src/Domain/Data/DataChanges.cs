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
/// <remarks>
/// With a watch, trust is a lease: the watch confirms after each round trip that it has heard of every write
/// committed before the round trip began, and caches may serve what they hold only until that moment plus the lease.
/// A watch that stalls (a dead connection, a starved thread) therefore turns caching off after at most one lease
/// instead of serving stale records; without a watch (one process owns the data) the cache is always trusted.
/// </remarks>
public sealed class DataChanges(TimeProvider clock)
{
    private long _generation;
    private long _trustedUntil = long.MaxValue;
    private long _writesStarting;
    private long _writesAnnounced;

    /// <summary>Raised after a change is committed, on the notifier's thread; handlers must be quick and must not throw.</summary>
    public event Action? Changed;

    /// <summary>
    /// Raised for a write of this process just before the generation moves, on the writer's thread: the SQLite watch
    /// takes its baseline there, so it does not mistake this write for another process's. Must be quick, must not throw.
    /// </summary>
    public event Action? LocalWrite;

    /// <summary>Raised with every notice and where it came from (for metrics).</summary>
    public event Action<ChangeSource>? Noticed;

    /// <summary>Increases on every change; a result read while it had one value may be stale once it has another.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// False while this process may have missed another process's write (its watch has not confirmed within the
    /// lease): caches must then neither serve nor store, since they would not hear of a change made meanwhile.
    /// </summary>
    public bool Trustworthy => clock.GetTimestamp() < Volatile.Read(ref _trustedUntil);

    /// <summary>
    /// True from <see cref="LocalWriteStarting"/> until this process's next announced write: a change the database shows
    /// meanwhile may be this process's own commit, announced (and taken as the SQLite watch's baseline) a moment later.
    /// A write that fails is never announced, so this can stay true until the next one: readers must only ever hold
    /// back for a while on it, never ignore a change.
    /// </summary>
    public bool LocalWriteUnannounced => Interlocked.Read(ref _writesAnnounced) < Interlocked.Read(ref _writesStarting);

    /// <summary>Call just before this process commits a write (EF Core's interceptors do); <see cref="Notify"/> follows once it is committed.</summary>
    public void LocalWriteStarting() => Interlocked.Increment(ref _writesStarting);

    /// <summary>Call after a write outside EF Core's SaveChanges and transactions (raw SQL) has been committed.</summary>
    public void Notify(ChangeSource source = ChangeSource.ThisProcess)
    {
        if (source == ChangeSource.ThisProcess)
        {
            var starting = Interlocked.Read(ref _writesStarting); // read first: a write starting meanwhile stays unannounced
            LocalWrite?.Invoke();
            for (var announced = Interlocked.Read(ref _writesAnnounced); announced < starting;)
            {
                var was = Interlocked.CompareExchange(ref _writesAnnounced, starting, announced);
                announced = was == announced ? starting : was;
            }
        }

        Interlocked.Increment(ref _generation);
        Noticed?.Invoke(source);
        Changed?.Invoke();
    }

    /// <summary>A watch on the database starts (or lost its connection): nothing is trusted until it confirms.</summary>
    public void Distrust() => Volatile.Write(ref _trustedUntil, 0);

    /// <summary>
    /// The watch has heard of every write committed before <paramref name="askedAt"/> (a <see cref="TimeProvider.GetTimestamp"/>
    /// taken before its last round trip to the database began): caches may be trusted until then plus <paramref name="lease"/>.
    /// </summary>
    public void Confirm(long askedAt, TimeSpan lease) =>
        Volatile.Write(ref _trustedUntil, askedAt + (long)(lease.TotalSeconds * clock.TimestampFrequency));
}
