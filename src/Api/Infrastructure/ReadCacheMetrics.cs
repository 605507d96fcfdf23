using System.Diagnostics.Metrics;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// The read cache's own meter, <c>NewsTreaty.ReadCache</c>: <c>newstreaty.read_cache.requests</c> counts each
/// cacheable request by <c>result</c> (hit, miss, or bypass while the cache cannot trust what it holds because the
/// database watch is behind), <c>newstreaty.read_cache.evictions</c> each emptying of the cache by the
/// <c>source</c> of the change (this-process, database, resync). Readable with <c>dotnet-counters</c> at any time,
/// and exported with the OpenTelemetry metrics when telemetry is configured (docs/deployment.md).
/// </summary>
public sealed class ReadCacheMetrics
{
    public const string MeterName = "NewsTreaty.ReadCache";

    private static readonly KeyValuePair<string, object?> HitTag = new("result", "hit");
    private static readonly KeyValuePair<string, object?> MissTag = new("result", "miss");
    private static readonly KeyValuePair<string, object?> BypassTag = new("result", "bypass");

    private readonly Counter<long> _requests;
    private readonly Counter<long> _evictions;

    public ReadCacheMetrics(IMeterFactory meters, DataChanges changes)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("newstreaty.read_cache.requests", "{request}", "Cacheable requests by result: hit, miss, or bypass while the cache cannot trust what it holds");
        _evictions = meter.CreateCounter<long>("newstreaty.read_cache.evictions", "{eviction}", "Times the cache was emptied, by the source of the change");
        changes.Noticed += source => _evictions.Add(1, new KeyValuePair<string, object?>("source", Name(source)));
    }

    public void Hit() => _requests.Add(1, HitTag);

    public void Miss() => _requests.Add(1, MissTag);

    public void Bypass() => _requests.Add(1, BypassTag);

    private static string Name(ChangeSource source) => source switch
    {
        ChangeSource.ThisProcess => "this-process",
        ChangeSource.Database => "database",
        ChangeSource.Resync => "resync",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
