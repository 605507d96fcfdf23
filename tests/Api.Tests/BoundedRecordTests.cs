using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// The seeded dataset plus three generated corpora shaped to overflow each bound: a few events and articles
/// holding hundreds of claims, one event covered by more than a hundred articles, and six hundred events.
/// </summary>
public abstract class GeneratedCorpusHost(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly HostFixture _host = provider == DatabaseProvider.Sqlite ? new SqliteHost() : new PostgresHost();

    public HttpClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        try
        {
            await using var scope = _host.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
            await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1500, 12, null, 3, null, seed: 11), TextWriter.Null).RunAsync(default);
            await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(60, 330, null, 1, null, seed: 12), TextWriter.Null).RunAsync(default);
            await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(60, 30, null, 600, null, seed: 13), TextWriter.Null).RunAsync(default);
        }
        catch (SkipException)
        {
            // No PostgreSQL here: every test skips through the host's Factory.
        }
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    /// <summary>Runs a query against the test's database, for expectations computed the slow, obvious way.</summary>
    public async Task<T> WithDbAsync<T>(Func<NewsTreatyDbContext, Task<T>> query)
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>());
    }
}

public sealed class SqliteGeneratedCorpusHost() : GeneratedCorpusHost(DatabaseProvider.Sqlite);

public sealed class PostgresGeneratedCorpusHost() : GeneratedCorpusHost(DatabaseProvider.PostgreSql);

/// <summary>Event and article records list a bounded newest or first few, with exact totals, at any corpus size.</summary>
public abstract class BoundedRecordTests(GeneratedCorpusHost host)
{
    [SkippableFact]
    public async Task EveryEventListsItsNewestFiftyClaimsWithTheTotalTheExplorerFilterAgreesWith()
    {
        var client = host.Client;
        var sizes = await host.WithDbAsync(db => db.Set<ClaimEvent>().GroupBy(e => e.EventId)
            .Select(g => new { EventId = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync());
        Assert.True(sizes.Count(s => s.Count > 50) >= 3, string.Join(", ", sizes.Select(s => s.Count)));

        // The busiest event, a middling one and a small one: the record's two query plans and the small case.
        foreach (var size in new[] { sizes[0], sizes[2], sizes.Last() })
        {
            var record = await client.GetJsonAsync($"/api/v1/events/{size.EventId}");
            var claims = record.GetProperty("claims").EnumerateArray().ToList();
            Assert.Equal(size.Count, record.GetProperty("claimsCount").GetInt32());
            Assert.Equal(Math.Min(50, size.Count), claims.Count);

            var slug = record.Str("slug");
            var explorer = await client.GetJsonAsync($"/api/v1/claims?event={slug}&limit=50");
            Assert.Equal(explorer.Items().Select(c => c.GetProperty("id").GetInt32()), claims.Select(c => c.GetProperty("id").GetInt32()));
            var seen = claims.Select(c => c.GetProperty("firstSeen")).Where(d => d.ValueKind != JsonValueKind.Null).Select(d => d.GetDateTime()).ToList();
            Assert.Equal(seen.OrderDescending(), seen);
            Assert.Equal(size.Count, await CountAsync(client, $"/api/v1/claims?event={slug}&limit=500"));
        }
    }

    [SkippableFact]
    public async Task AnEventWithMoreThanAHundredArticlesListsTheEarliestHundredAndCountsEveryOne()
    {
        var expected = await host.WithDbAsync(async db =>
        {
            var links = await db.Events.AsNoTracking().SelectMany(e => e.Articles, (e, a) => new
            {
                e.Id,
                a.ArticleId,
                a.Article.PublishedUtc,
                a.Article.OutletId,
                Origin = a.Article.OriginOutletId ?? a.Article.OutletId,
            }).ToListAsync();
            return links.GroupBy(l => l.Id).OrderByDescending(g => g.Count()).First().ToList();
        });
        Assert.True(expected.Count > 100, $"{expected.Count} articles");

        var record = await host.Client.GetJsonAsync($"/api/v1/events/{expected[0].Id}");

        Assert.Equal(expected.Count, record.GetProperty("coverageCount").GetInt32());
        Assert.Equal(expected.Select(l => l.OutletId).Distinct().Count(), record.GetProperty("coverageOutletCount").GetInt32());
        Assert.Equal(expected.Select(l => l.Origin).Distinct().Count(), record.GetProperty("independentSources").GetInt32());
        var shown = record.GetProperty("coverage").EnumerateArray().Select(c => c.GetProperty("article").GetProperty("id").GetInt32()).ToList();
        Assert.Equal(expected.OrderBy(l => l.PublishedUtc).ThenBy(l => l.ArticleId).Take(100).Select(l => l.ArticleId), shown);
    }

    [SkippableFact]
    public async Task AnArticleListsItsFirstTwoHundredClaimsInReadingOrderWithTheTotal()
    {
        var all = await host.WithDbAsync(db => db.Appearances.AsNoTracking().Select(a => new { a.ArticleId, a.ClaimId, a.Start }).ToListAsync());
        var appearances = all.GroupBy(a => a.ArticleId).OrderByDescending(g => g.Select(a => a.ClaimId).Distinct().Count()).First().ToList();
        var firsts = appearances.GroupBy(a => a.ClaimId).Select(g => (Claim: g.Key, Start: g.Min(a => a.Start))).OrderBy(x => x.Start).ThenBy(x => x.Claim).ToList();
        Assert.True(firsts.Count > 200, $"{firsts.Count} claims");

        var record = await host.Client.GetJsonAsync($"/api/v1/articles/{appearances[0].ArticleId}");

        Assert.Equal(firsts.Count, record.GetProperty("claimsCount").GetInt32());
        Assert.Equal(firsts.Take(200).Select(f => f.Claim), record.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
        Assert.Equal(firsts.Count, await CountAsync(host.Client, $"/api/v1/claims?article={record.Str("slug")}&limit=500"));
    }

    [SkippableFact]
    public async Task WithOverFiveHundredEventsTheApiTimelineKeepsTheMostImportantAndSaysSoAndMinImportanceOneGivesEveryEvent()
    {
        var importances = await host.WithDbAsync(db => db.Events.Select(e => e.Importance).ToListAsync());
        Assert.True(importances.Count > 500, $"{importances.Count} events");

        var timeline = await host.Client.GetJsonAsync("/api/v1/timeline");
        var kept = timeline.GetProperty("minImportance").GetInt32();
        var shown = timeline.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(importances.Count, timeline.GetProperty("totalEvents").GetInt32());
        Assert.Equal(importances.Count(i => i >= kept), shown.Count);
        Assert.InRange(shown.Count, 1, 500);
        Assert.True(importances.Count(i => i >= kept - 1) > 500, "a lower level would still have fitted");
        Assert.All(shown, e => Assert.True(e.GetProperty("importance").GetInt32() >= kept));

        var everything = await host.Client.GetJsonAsync("/api/v1/timeline?minImportance=1");
        var events = everything.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(importances.Count, events.Count);
        Assert.Equal(1, everything.GetProperty("minImportance").GetInt32());
        var covered = events.Where(e => e.GetProperty("articles").GetInt32() > 0).Take(3).Append(events[^1]);
        foreach (var e in covered)
        {
            var record = await host.Client.GetJsonAsync($"/api/v1/events/{e.Str("slug")}");
            Assert.Equal(record.GetProperty("coverageCount").GetInt32(), e.GetProperty("articles").GetInt32());
            Assert.Equal(record.GetProperty("independentSources").GetInt32(), e.GetProperty("independentSources").GetInt32());
        }
    }

    [SkippableFact]
    public async Task EveryGeneratedEventReadsAsTheEfQueriesDid()
    {
        var compared = await host.WithDbAsync(db => SameAsReferenceAsync(db, db.Events.Select(e => new { e.Id, e.Slug }).ToListAsync(),
            e => (e.Id, e.Slug), CompiledRecordViews.EventAsync, key => new EventQueries(db).GetAsync(key, default)));
        Assert.True(compared > 600, $"{compared} events");
    }

    [SkippableFact]
    public async Task EveryGeneratedActorReadsAsTheEfQueriesDid()
    {
        var compared = await host.WithDbAsync(db => SameAsReferenceAsync(db, db.Actors.Select(a => new { a.Id, a.Slug }).ToListAsync(),
            a => (a.Id, a.Slug), CompiledRecordViews.ActorAsync, key => new ActorQueries(db).GetAsync(key, default)));
        Assert.True(compared > 100, $"{compared} actors");
    }

    [SkippableFact]
    public async Task EveryGeneratedArticleReadsAsTheEfQueriesDid()
    {
        var compared = await host.WithDbAsync(db => SameAsReferenceAsync(db, db.Articles.Select(a => new { a.Id, a.Slug }).ToListAsync(),
            a => (a.Id, a.Slug), CompiledRecordViews.ArticleAsync, key => new ArticleQueries(db).GetAsync(key, default)));
        Assert.True(compared > 100, $"{compared} articles");
    }

    /// <summary>
    /// Each record's view read by the host's query service equals the reference's (<see cref="CompiledRecordViews"/>),
    /// by id, and for every seventh record by slug too. Returns how many records were compared.
    /// </summary>
    private static async Task<int> SameAsReferenceAsync<TKey, TView>(
        NewsTreatyDbContext db, Task<List<TKey>> keys, Func<TKey, (int Id, string Slug)> key, Func<NewsTreatyDbContext, string, Task<TView?>> reference,
        Func<string, Task<TView?>> current)
    {
        var all = (await keys).Select(key).ToList();
        foreach (var (id, slug) in all)
        {
            var asKey = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var expected = JsonSerializer.Serialize(await reference(db, asKey), JsonSerializerOptions.Web);
            Assert.Equal(expected, JsonSerializer.Serialize(await current(asKey), JsonSerializerOptions.Web));
            if (id % 7 == 0)
            {
                Assert.Equal(expected, JsonSerializer.Serialize(await current(slug), JsonSerializerOptions.Web));
            }
        }

        return all.Count;
    }

    private static async Task<int> CountAsync(HttpClient client, string url) => (await client.AllItemsAsync(url)).Count;
}

public sealed class SqliteBoundedRecordTests(SqliteGeneratedCorpusHost host) : BoundedRecordTests(host), IClassFixture<SqliteGeneratedCorpusHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresBoundedRecordTests(PostgresGeneratedCorpusHost host) : BoundedRecordTests(host), IClassFixture<PostgresGeneratedCorpusHost>;
