using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Tests;

public abstract class EventRecordReadTests(WriteHost host) : RecordReadTests(host)
{
    [SkippableFact]
    public async Task EveryEventReadsAsTheEfQueriesDidAndALinkedClaimShowsAtOnce()
    {
        var bodies = await EveryRecordAsync("events", (services, key) => services.GetRequiredService<EventQueries>().GetAsync(key, default), CompiledRecordViews.EventAsync);

        var reader = Host.Admin;
        var (id, original) = bodies.First(b => b.Value.Contains("\"claimsCount\":", StringComparison.Ordinal));
        var before = await reader.GetJsonAsync($"/api/v1/events/{id}");
        var slug = before.Str("slug");
        var claim = await CreateLinkedClaimAsync("event-read", "kim-jong-un", slug);
        var created = await reader.GetJsonAsync($"/api/v1/events/{slug}");
        Assert.Equal(before.GetProperty("claimsCount").GetInt32() + 1, created.GetProperty("claimsCount").GetInt32());
        Assert.Contains(created.GetProperty("claims").EnumerateArray(), c => c.Str("slug") == claim);

        await UpdateClaimTextAsync(claim, "event-read-article", "The agreement will be reviewed next spring.");
        var updated = await reader.GetJsonAsync($"/api/v1/events/{id}");
        Assert.Equal("The agreement will be reviewed next spring.", updated.GetProperty("claims").EnumerateArray().Single(c => c.Str("slug") == claim).Str("text"));
        Assert.Equal(updated.ToString(), (await reader.GetJsonAsync($"/api/v1/events/{slug}")).ToString());

        await DeleteAsync($"/api/v1/claims/{claim}");
        Assert.Equal(original, await BodyAsync(reader, $"/api/v1/events/{id}"));
        Assert.Equal(
            await JsonAsync(services => CompiledRecordViews.EventAsync(services.GetRequiredService<Domain.Data.NewsTreatyDbContext>(), slug)),
            await JsonAsync(services => services.GetRequiredService<EventQueries>().GetAsync(slug, default)));
    }
}

public sealed class SqliteEventRecordReadTests(SqliteWriteHost host) : EventRecordReadTests(host), IClassFixture<SqliteWriteHost>;

public sealed class PostgresEventRecordReadTests(PostgresWriteHost host) : EventRecordReadTests(host), IClassFixture<PostgresWriteHost>;
