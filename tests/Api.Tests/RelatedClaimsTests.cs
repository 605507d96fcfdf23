using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A claim's related claims, over a generated corpus whose busiest events and subjects hold more claims than the
/// ranking's candidate bound, equal the ranking computed in memory from the claims' events, subjects and first-seen
/// dates: the newest 400 claims of each of the claim's first eight events (weight 2) and subjects (weight 1) by id,
/// summed, the best eight by score then id. PostgreSQL ranks inside the record's one batch, SQLite in a second step;
/// by id and by slug alike.
/// </summary>
public abstract class RelatedClaimsTests(DatabaseProvider provider)
{
    private const int Sources = 8, Candidates = 400, Shown = 8;

    [SkippableFact]
    public async Task RelatedClaimsAreTheInMemoryRankingWhereTheCandidateBoundsBite()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(6000, null, null, null, null, seed: 11), TextWriter.Null)
            .RunAsync(default);

        var firstSeen = await db.Claims.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.FirstSeenUtc);
        var events = (await db.Set<ClaimEvent>().AsNoTracking().Select(e => new { e.ClaimId, Source = e.EventId }).ToListAsync())
            .Select(e => (e.ClaimId, e.Source)).ToList();
        var subjects = (await db.Set<ClaimSubject>().AsNoTracking().Select(s => new { s.ClaimId, Source = s.ActorId }).ToListAsync())
            .Select(s => (s.ClaimId, s.Source)).ToList();
        var eventClaims = Newest(events, firstSeen);
        var subjectClaims = Newest(subjects, firstSeen);

        // The candidate bound bites: some event and some subject hold more claims than that.
        Assert.Contains(eventClaims.Values, c => c.Count > Candidates);
        Assert.Contains(subjectClaims.Values, c => c.Count > Candidates);

        var eventsOf = events.ToLookup(e => e.ClaimId, e => e.Source);
        var subjectsOf = subjects.ToLookup(s => s.ClaimId, s => s.Source);
        var queries = scope.ServiceProvider.GetRequiredService<ClaimQueries>();
        var sample = await db.Claims.AsNoTracking().OrderBy(c => c.Id).Where(c => c.Id % 37 == 0)
            .Select(c => new { c.Id, c.Slug }).ToListAsync();
        Assert.True(sample.Count > 150, $"{sample.Count} sampled claims");
        var compared = 0;
        foreach (var claim in sample)
        {
            var scores = new Dictionary<int, int>();
            Score(scores, claim.Id, eventsOf[claim.Id], eventClaims, 2);
            Score(scores, claim.Id, subjectsOf[claim.Id], subjectClaims, 1);
            var expected = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Shown).Select(s => s.Key).ToList();

            var view = (await queries.GetAsync(claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), default))!;
            Assert.Equal(expected, view.Related.Select(r => r.Id));
            var shown = await db.Claims.AsNoTracking().Where(c => expected.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
            Assert.All(view.Related, r => Assert.Equal((shown[r.Id].Slug, shown[r.Id].Text, shown[r.Id].Kind, shown[r.Id].Status), (r.Slug, r.Text, r.Kind, r.Status)));
            Assert.Equal(view.Related, (await queries.GetAsync(claim.Slug, default))!.Related);
            compared += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(compared > 100, $"only {compared} sampled claims had related claims");
    }

    /// <summary>Each event's or subject's claims, newest first by the claim's first-seen date, ties by id descending.</summary>
    private static Dictionary<int, List<int>> Newest(List<(int ClaimId, int Source)> links, Dictionary<int, DateTime> firstSeen) =>
        links.GroupBy(l => l.Source).ToDictionary(
            g => g.Key,
            g => g.Select(l => l.ClaimId).OrderByDescending(c => firstSeen[c]).ThenByDescending(c => c).ToList());

    private static void Score(Dictionary<int, int> scores, int claim, IEnumerable<int> sources, Dictionary<int, List<int>> claimsOf, int weight)
    {
        foreach (var source in sources.Order().Take(Sources))
        {
            foreach (var other in claimsOf[source].Where(c => c != claim).Take(Candidates))
            {
                scores[other] = scores.GetValueOrDefault(other) + weight;
            }
        }
    }
}

public sealed class SqliteRelatedClaimsTests() : RelatedClaimsTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresRelatedClaimsTests() : RelatedClaimsTests(DatabaseProvider.PostgreSql);
