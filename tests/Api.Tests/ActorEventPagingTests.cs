using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// "Claims by or about this actor" and "claims of this event", newest first, page by page, are exactly the actor's or
/// the event's claims in (first seen, id) order, on both engines. Those pages read the (owner, first seen, claim) index
/// ranges with prepared statements; the reference is an EF query over the claims, their subjects and their events.
/// </summary>
public abstract class ActorEventPagingTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task AnActorsAndAnEventsClaimsPageByPageAreExactlyTheirClaimsNewestFirst()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider), new Dictionary<string, string?> { ["ApiCache:Enabled"] = "false" });
        using var _ = factory.Database;
        var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1500, null, null, null, null, seed: 5), TextWriter.Null).RunAsync(default);

        // The busiest actor (its claims and the claims about it) and a quiet one; the busiest event and a quiet one.
        var actorClaims = (await db.Claims.Where(c => c.ClaimantActorId != null).Select(c => new { Actor = c.ClaimantActorId!.Value, Claim = c.Id }).ToListAsync())
            .Concat(await db.Set<ClaimSubject>().Select(s => new { Actor = s.ActorId, Claim = s.ClaimId }).ToListAsync())
            .GroupBy(x => x.Actor).ToDictionary(g => g.Key, g => g.Select(x => x.Claim).Distinct().Count());
        var eventClaims = (await db.Set<ClaimEvent>().Select(e => e.EventId).ToListAsync()).GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var actors = new[] { actorClaims.MaxBy(p => p.Value).Key, actorClaims.Where(p => p.Value is >= 2 and <= 9).MinBy(p => p.Key).Key };
        var events = new[] { eventClaims.MaxBy(p => p.Value).Key, eventClaims.Where(p => p.Value is >= 2 and <= 9).MinBy(p => p.Key).Key };
        Assert.True(actorClaims[actors[0]] > 30 && eventClaims[events[0]] > 14, "the busiest actor and event span several pages of seven");

        foreach (var actor in actors)
        {
            var expected = await db.Claims.Where(c => c.ClaimantActorId == actor || db.Set<ClaimSubject>().Any(s => s.ClaimId == c.Id && s.ActorId == actor))
                .OrderByDescending(c => c.FirstSeenUtc).ThenByDescending(c => c.Id).Select(c => c.Id).ToListAsync();
            Assert.Equal(expected, (await client.AllItemsAsync($"/api/v1/claims?actor={actor}&sort=date&limit=7")).Select(Id).ToList());
        }

        foreach (var @event in events)
        {
            var expected = await db.Claims.Where(c => db.Set<ClaimEvent>().Any(e => e.ClaimId == c.Id && e.EventId == @event))
                .OrderByDescending(c => c.FirstSeenUtc).ThenByDescending(c => c.Id).Select(c => c.Id).ToListAsync();
            Assert.Equal(expected, (await client.AllItemsAsync($"/api/v1/claims?event={@event}&sort=date&limit=7")).Select(Id).ToList());
        }

        // By slug, as readers type them: the same pages.
        var slug = await db.Actors.Where(a => a.Id == actors[0]).Select(a => a.Slug).SingleAsync();
        Assert.Equal((await client.AllItemsAsync($"/api/v1/claims?actor={actors[0]}&limit=50")).Select(Id),
            (await client.AllItemsAsync($"/api/v1/claims?actor={slug}&limit=50")).Select(Id));
    }

    private static int Id(JsonElement claim) => claim.GetProperty("id").GetInt32();
}

public sealed class SqliteActorEventPagingTests() : ActorEventPagingTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresActorEventPagingTests() : ActorEventPagingTests(DatabaseProvider.PostgreSql);
