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
/// summed, the best eight by score then id; by id and by slug alike, from the ranges read or from those that
/// <see cref="RelatedClaimsCache"/> kept, and after a write.
/// </summary>
public abstract class RelatedClaimsTests(DatabaseProvider provider)
{
    private const int Sources = 8, Candidates = 400, Shown = 8;

    [SkippableFact]
    public async Task RelatedClaimsAreTheInMemoryRankingWhereTheCandidateBoundsBite()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey });
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(6000, null, null, null, null, seed: 11), TextWriter.Null)
            .RunAsync(default);

        var ranking = await InMemoryRanking.LoadAsync(db);

        // The candidate bound bites: some event and some subject hold more claims than that.
        Assert.Contains(ranking.EventClaims.Values, c => c.Count > Candidates);
        Assert.Contains(ranking.SubjectClaims.Values, c => c.Count > Candidates);

        var queries = scope.ServiceProvider.GetRequiredService<ClaimQueries>();
        var sample = await db.Claims.AsNoTracking().OrderBy(c => c.Id).Where(c => c.Id % 37 == 0)
            .Select(c => new { c.Id, c.Slug }).ToListAsync();
        Assert.True(sample.Count > 150, $"{sample.Count} sampled claims");
        var compared = 0;
        foreach (var claim in sample)
        {
            var expected = ranking.Expected(claim.Id);

            var view = (await queries.GetAsync(claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), default))!;
            Assert.Equal(expected, view.Related.Select(r => r.Id));
            var shown = await db.Claims.AsNoTracking().Where(c => expected.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
            Assert.All(view.Related, r => Assert.Equal((shown[r.Id].Slug, shown[r.Id].Text, shown[r.Id].Kind, shown[r.Id].Status), (r.Slug, r.Text, r.Kind, r.Status)));
            Assert.Equal(view.Related, (await queries.GetAsync(claim.Slug, default))!.Related);
            compared += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(compared > 100, $"only {compared} sampled claims had related claims");

        // A new claim on every event and subject of a sampled claim, seen today: it is the newest claim of each, shares
        // the most with that claim, and shows in its related claims at once, although the rankings before kept the
        // ranges of its busy events and subjects (SQLite keeps ranges of 64 claims and more).
        var busy = sample.Select(c => c.Id).First(ranking.AllSourcesBusy);
        var target = (await queries.GetAsync(busy.ToString(System.Globalization.CultureInfo.InvariantCulture), default))!;
        Assert.Equal(Shown, target.Related.Count);
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", WriteHost.BootstrapKey);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await admin.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.DatedArticle("related-today", today))).ExpectAsync(System.Net.HttpStatusCode.Created);
        var newClaim = WriteHelpers.Claim("related-newcomer", "related-today");
        newClaim["subjects"] = new System.Text.Json.Nodes.JsonArray([.. target.Subjects.Select(a => (System.Text.Json.Nodes.JsonNode)a.Slug)]);
        newClaim["events"] = new System.Text.Json.Nodes.JsonArray([.. target.Events.Select(e => (System.Text.Json.Nodes.JsonNode)e.Slug)]);
        await (await admin.SendAsync(HttpMethod.Post, "/api/v1/claims", newClaim)).ExpectAsync(System.Net.HttpStatusCode.Created);

        await using var after = factory.Services.CreateAsyncScope();
        var expectedAfter = (await InMemoryRanking.LoadAsync(after.ServiceProvider.GetRequiredService<NewsTreatyDbContext>())).Expected(target.Id);
        var related = (await after.ServiceProvider.GetRequiredService<ClaimQueries>().GetAsync(target.Slug, default))!.Related;
        Assert.Equal(expectedAfter, related.Select(r => r.Id));
        Assert.Contains("related-newcomer", related.Select(r => r.Slug));
    }

    /// <summary>
    /// The ranking computed the slow, obvious way from every claim's events, subjects and first-seen date: each event's
    /// and subject's claims newest first (ties by id descending), the claim's first <see cref="Sources"/> of each by id
    /// giving their first <see cref="Candidates"/> other claims, weighted 2 and 1, the best <see cref="Shown"/> by score
    /// then id.
    /// </summary>
    private sealed class InMemoryRanking
    {
        private ILookup<int, int> _eventsOf = null!;
        private ILookup<int, int> _subjectsOf = null!;

        public Dictionary<int, List<int>> EventClaims { get; private set; } = null!;

        public Dictionary<int, List<int>> SubjectClaims { get; private set; } = null!;

        public static async Task<InMemoryRanking> LoadAsync(NewsTreatyDbContext db)
        {
            var firstSeen = await db.Claims.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.FirstSeenUtc);
            var events = (await db.Set<ClaimEvent>().AsNoTracking().Select(e => new { e.ClaimId, Source = e.EventId }).ToListAsync())
                .Select(e => (e.ClaimId, e.Source)).ToList();
            var subjects = (await db.Set<ClaimSubject>().AsNoTracking().Select(s => new { s.ClaimId, Source = s.ActorId }).ToListAsync())
                .Select(s => (s.ClaimId, s.Source)).ToList();
            return new InMemoryRanking
            {
                _eventsOf = events.ToLookup(e => e.ClaimId, e => e.Source),
                _subjectsOf = subjects.ToLookup(s => s.ClaimId, s => s.Source),
                EventClaims = Newest(events, firstSeen),
                SubjectClaims = Newest(subjects, firstSeen),
            };
        }

        /// <summary>A claim with events and subjects, every one of them holding more than 64 claims (ranges SQLite keeps).</summary>
        public bool AllSourcesBusy(int claim) =>
            _eventsOf[claim].Any() && _subjectsOf[claim].Any()
            && _eventsOf[claim].All(e => EventClaims[e].Count > 64) && _subjectsOf[claim].All(s => SubjectClaims[s].Count > 64);

        /// <summary>The ids of <paramref name="claim"/>'s related claims, best first.</summary>
        public List<int> Expected(int claim)
        {
            var scores = new Dictionary<int, int>();
            Score(scores, claim, _eventsOf[claim], EventClaims, 2);
            Score(scores, claim, _subjectsOf[claim], SubjectClaims, 1);
            return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Shown).Select(s => s.Key).ToList();
        }

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
}

public sealed class SqliteRelatedClaimsTests() : RelatedClaimsTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresRelatedClaimsTests() : RelatedClaimsTests(DatabaseProvider.PostgreSql);
