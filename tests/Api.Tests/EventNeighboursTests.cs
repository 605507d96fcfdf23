using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Every event's previous and next (its page's neighbours) are the events either side of it in timeline order (start,
/// end, id), on both engines, including events that share a start, or a start and an end. The reference is every
/// event sorted here.
/// </summary>
public abstract class EventNeighboursTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task EachEventsNeighboursAreTheEventsEitherSideOfItInTimelineOrder()
    {
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider));
        using var _ = factory.Database;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1500, null, null, null, null, seed: 3), TextWriter.Null).RunAsync(default);

        // Ties: three events on one day, and two more starting that day and ending later.
        var ids = await db.Events.OrderBy(e => e.Id).Select(e => e.Id).Take(40).ToListAsync();
        var day = new DateOnly(2019, 5, 1);
        await db.Events.Where(e => ids.Take(3).Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsOn, day).SetProperty(e => e.EndsOn, day));
        await db.Events.Where(e => ids.Skip(37).Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsOn, day).SetProperty(e => e.EndsOn, day.AddDays(9)));

        var timeline = await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ThenBy(e => e.EndsOn).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync();
        Assert.True(timeline.Count > 40, $"{timeline.Count} events");
        var queries = scope.ServiceProvider.GetRequiredService<EventQueries>();
        for (var i = 0; i < timeline.Count; i++)
        {
            var neighbours = await queries.NeighboursAsync(timeline[i], default);
            Assert.Equal(i > 0 ? timeline[i - 1] : null, neighbours.Previous?.Id);
            Assert.Equal(i < timeline.Count - 1 ? timeline[i + 1] : null, neighbours.Next?.Id);
        }
    }
}

public sealed class SqliteEventNeighboursTests() : EventNeighboursTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresEventNeighboursTests() : EventNeighboursTests(DatabaseProvider.PostgreSql);
