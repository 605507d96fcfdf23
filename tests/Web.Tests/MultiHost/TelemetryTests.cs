using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests.MultiHost;

/// <summary>The read cache's meter as a load script reads it: the Prometheus endpoint, present only when configured.</summary>
/// <remarks>
/// OpenTelemetry listens to every meter of that name in the process, so the hosts of tests running alongside would add
/// their own hits and misses: these tests run alone, after the parallel ones.
/// </remarks>
[Collection(Name)]
public sealed class TelemetryTests : IDisposable
{
    public const string Name = "Telemetry (alone in the process)";

    private readonly TestDatabase _database = TestDatabase.NewSqlite();

    [Fact]
    public async Task ThePrometheusEndpointCountsTheReadCachesHitsAndMisses()
    {
        await using var host = new NewsTreatyFactory(_database, new Dictionary<string, string?>
        {
            ["Telemetry:PrometheusEndpoint"] = "true",
            ["ChangeWatch:Enabled"] = "false", // counts exact hits: no lease to lapse on a loaded machine
        });
        using var client = host.CreateClient();
        var seen = new Dictionary<string, long> { ["hit"] = 0, ["miss"] = 0 };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (seen["hit"] < 2) // the entry is stored as the first response ends: a quick second ask may miss too
        {
            var response = await client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative), deadline.Token);
            seen[response.Headers.GetValues("X-Cache").Single()]++;
        }

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(seen["hit"], Count(metrics, "newstreaty_read_cache_requests_total", "result=\"hit\""));
        Assert.Equal(seen["miss"], Count(metrics, "newstreaty_read_cache_requests_total", "result=\"miss\""));
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTelemetrySettingsThereIsNoMetricsEndpoint()
    {
        await using var host = new NewsTreatyFactory(_database);
        using var client = host.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }

    /// <summary>The value of the one sample of <paramref name="name"/> whose labels contain <paramref name="label"/>.</summary>
    private static long Count(string metrics, string name, string label) =>
        long.Parse(metrics.Split('\n').Single(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal))
            .Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _database.Dispose();
}

[CollectionDefinition(TelemetryTests.Name, DisableParallelization = true)]
public sealed class TelemetryCollection;
