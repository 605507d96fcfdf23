using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Api.Tests;

public abstract class ActorRecordReadTests(WriteHost host) : RecordReadTests(host)
{
    [SkippableFact]
    public async Task EveryActorReadsAsTheEfQueriesDidAndALinkedClaimShowsAtOnce()
    {
        var bodies = await EveryRecordAsync("actors", (services, key) => services.GetRequiredService<ActorQueries>().GetAsync(key, default), CompiledRecordViews.ActorAsync);

        // A claim by Putin about an actor neither he nor any event links him to: both actors' records show it at once.
        var reader = Host.Admin;
        var subject = await reader.GetJsonAsync("/api/v1/actors/jenny-town");
        var claimant = await reader.GetJsonAsync("/api/v1/actors/vladimir-putin");
        var events = await reader.GetJsonAsync("/api/v1/events?limit=1");
        var claim = await CreateLinkedClaimAsync("actor-read", "jenny-town", events.Items().First().Str("slug"));
        var about = await reader.GetJsonAsync("/api/v1/actors/jenny-town");
        Assert.Equal(subject.GetProperty("claimsAboutCount").GetInt32() + 1, about.GetProperty("claimsAboutCount").GetInt32());
        Assert.Contains(about.GetProperty("claimsAbout").EnumerateArray(), c => c.Str("slug") == claim);
        Assert.Contains(about.GetProperty("coOccurring").EnumerateArray(), c => c.GetProperty("actor").Str("slug") == "vladimir-putin");
        var made = await reader.GetJsonAsync("/api/v1/actors/vladimir-putin");
        Assert.Equal(claimant.GetProperty("claimsMadeCount").GetInt32() + 1, made.GetProperty("claimsMadeCount").GetInt32());
        Assert.Contains(made.GetProperty("claimsMade").EnumerateArray(), c => c.Str("slug") == claim);

        await UpdateClaimTextAsync(claim, "actor-read-article", "The agreement will be reviewed next spring.");
        var updated = await reader.GetJsonAsync($"/api/v1/actors/{subject.GetProperty("id").GetInt32()}");
        Assert.Equal("The agreement will be reviewed next spring.", updated.GetProperty("claimsAbout").EnumerateArray().Single(c => c.Str("slug") == claim).Str("text"));

        await DeleteAsync($"/api/v1/claims/{claim}");
        foreach (var actor in new[] { subject, claimant })
        {
            var id = actor.GetProperty("id").GetInt32();
            Assert.Equal(bodies[id], await BodyAsync(reader, $"/api/v1/actors/{id}"));
        }
    }
}

public sealed class SqliteActorRecordReadTests(SqliteWriteHost host) : ActorRecordReadTests(host), IClassFixture<SqliteWriteHost>;

public sealed class PostgresActorRecordReadTests(PostgresWriteHost host) : ActorRecordReadTests(host), IClassFixture<PostgresWriteHost>;
