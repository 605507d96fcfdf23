using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// On PostgreSQL a claim's record ranks its related claims inside its one batch (one round trip). Over a generated
/// corpus whose busiest events and subjects hold more claims than the ranking's candidate bound, the batch's ranking
/// equals <see cref="ClaimRecordReader.RelatedAsync"/>'s (the separate statement SQLite's ranking is also checked
/// against in ReadApiTests), by id and by slug alike.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class RelatedClaimsTests
{
    [SkippableFact]
    public async Task TheRankingInTheRecordsBatchEqualsTheSeparateRankingWhereTheBoundsBite()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var factory = new NewsTreatyFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(6000, null, null, null, null, seed: 11), TextWriter.Null)
            .RunAsync(default);

        // The candidate bound (400 a source) bites: some event and some subject hold more claims than that.
        Assert.True(await db.Database.SqlQueryRaw<int>("""SELECT max(n)::int AS "Value" FROM (SELECT count(*) AS n FROM claim_events GROUP BY "EventId") x""").SingleAsync() > 400);
        Assert.True(await db.Database.SqlQueryRaw<int>("""SELECT max(n)::int AS "Value" FROM (SELECT count(*) AS n FROM claim_subjects GROUP BY "ActorId") x""").SingleAsync() > 400);

        var queries = scope.ServiceProvider.GetRequiredService<ClaimQueries>();
        var sample = await db.Claims.AsNoTracking().OrderBy(c => c.Id).Where(c => c.Id % 37 == 0).Select(c => new { c.Id, c.Slug }).ToListAsync();
        Assert.True(sample.Count > 150, $"{sample.Count} sampled claims");
        var compared = 0;
        foreach (var claim in sample)
        {
            var view = (await queries.GetAsync(claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), default))!;
            var eventIds = await db.Set<ClaimEvent>().Where(e => e.ClaimId == claim.Id).OrderBy(e => e.EventId).Select(e => e.EventId).ToListAsync();
            var subjectIds = await db.Set<ClaimSubject>().Where(s => s.ClaimId == claim.Id).OrderBy(s => s.ActorId).Select(s => s.ActorId).ToListAsync();
            var separate = await ClaimRecordReader.RelatedAsync(db, claim.Id, eventIds, subjectIds, default);

            Assert.Equal(separate.Select(r => r.Id), view.Related.Select(r => r.Id));
            Assert.Equal(separate, view.Related);
            Assert.Equal(view.Related, (await queries.GetAsync(claim.Slug, default))!.Related);
            compared += separate.Count > 0 ? 1 : 0;
        }

        Assert.True(compared > 100, $"only {compared} sampled claims had related claims");
    }
}
