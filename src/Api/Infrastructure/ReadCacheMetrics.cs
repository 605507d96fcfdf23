using System.Diagnostics.Metrics;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// The read cache's own metrics (meter <c>NewsTreaty.ReadCache</c>): each cacheable request as a hit or a miss,
/// each request the cache had to pass by while blind to other hosts' writes, and each invalidation with where the
/// change came from. Exported with the rest of the OpenTelemetry metrics when telemetry is configured; the load
/// script reads the hit rate of every row from them.
/// </summary>
public sealed class ReadCacheMetrics
{
    public const string MeterName = "NewsTreaty.ReadCache";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _invalidations;

    public ReadCacheMetrics(IMeterFactory meters, DataChanges changes)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("newstreaty.read_cache.requests", "{request}", "Cacheable requests by result: hit, miss, or bypass while the cache cannot trust what it holds");
        _invalidations = meter.CreateCounter<long>("newstreaty.read_cache.invalidations", "{invalidation}", "Times the cache was emptied, by the source of the change");
        changes.Noticed += source => _invalidations.Add(1, new KeyValuePair<string, object?>("newstreaty.change.source", Name(source)));
    }

    public void Hit() => _requests.Add(1, new KeyValuePair<string, object?>("result", "hit"));

    public void Miss() => _requests.Add(1, new KeyValuePair<string, object?>("result", "miss"));

    public void Bypass() => _requests.Add(1, new KeyValuePair<string, object?>("result", "bypass"));

    private static string Name(ChangeSource source) => source switch
    {
        ChangeSource.ThisProcess => "this-process",
        ChangeSource.Database => "database",
        ChangeSource.Resync => "resync",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
