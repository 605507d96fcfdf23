using System.Net;
using System.Text.Json;

namespace NewsTreaty.Api.Tests;

/// <summary>The public read API over the seeded treaty dataset; run once per database engine.</summary>
public abstract class ReadApiTests(HostFixture host)
{
    [SkippableTheory]
    [InlineData("articles", 5)]
    [InlineData("actors", 25)]
    [InlineData("events", 15)]
    [InlineData("claims", 40)]
    public async Task EachListPagesThroughEveryRecordOnceWithNextLinks(string resource, int atLeast)
    {
        var client = host.Client;
        var seen = new List<int>();
        string? url = $"/api/v1/{resource}?limit=7";
        var pages = 0;
        while (url is not null)
        {
            var page = await client.GetJsonAsync(url);
            var items = page.Items().ToList();
            Assert.InRange(items.Count, 1, 7);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetInt32()));
            url = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.Str("next");
            if (url is not null)
            {
                Assert.StartsWith("http", url);
                Assert.Contains("cursor=", url);
                Assert.Contains("limit=7", url);
            }

            pages++;
        }

        Assert.True(seen.Count >= atLeast, $"{seen.Count} {resource}");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal((seen.Count + 6) / 7, pages);
        var all = await client.GetJsonAsync($"/api/v1/{resource}?limit=500");
        Assert.Equal(seen.Order(), all.Items().Select(i => i.GetProperty("id").GetInt32()).Order());
    }

    [SkippableTheory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=many")]
    [InlineData("cursor=not-a-cursor")]
    public async Task BadPagingParametersGetProblemDetails(string query)
    {
        var response = await host.Client.GetAsync(new Uri($"/api/v1/claims?{query}", UriKind.Relative));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [SkippableTheory]
    [InlineData("claims")]
    [InlineData("events")]
    [InlineData("actors")]
    [InlineData("articles")]
    public async Task AnUnknownIdOrSlugIsA404Problem(string resource)
    {
        var response = await host.Client.GetAsync(new Uri($"/api/v1/{resource}/no-such-record", UriKind.Relative));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no-such-record", problem.Str("detail"));
    }

    [SkippableFact]
    public async Task ARecordIsTheSameByIdAndBySlug()
    {
        var client = host.Client;
        var first = (await client.GetJsonAsync("/api/v1/events?limit=1")).Items().Single();

        var byId = await client.GetJsonAsync($"/api/v1/events/{first.GetProperty("id").GetInt32()}");
        var bySlug = await client.GetJsonAsync($"/api/v1/events/{first.Str("slug")}");

        Assert.Equal(byId.GetRawText(), bySlug.GetRawText());
    }

    [SkippableFact]
    public async Task TheTimelineRunsFrom1961To2024InDateOrderWithEraAndPrecision()
    {
        var timeline = await host.Client.GetJsonAsync("/api/v1/timeline");

        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("minImportance").ValueKind); // the curated 28 are all shown
        Assert.Equal(events.Count, timeline.GetProperty("totalEvents").GetInt32());
        var starts = events.Select(e => DateOnly.Parse(e.GetProperty("date").Str("start"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal("1961-07-06", events[0].GetProperty("date").Str("value"));
        Assert.Equal("day", events[0].GetProperty("date").Str("precision"));
        Assert.True(timeline.GetProperty("eras").GetArrayLength() >= 4);
        var expiry = events.Single(e => e.Str("kind") == "treaty-expired");
        Assert.Equal("1996", expiry.GetProperty("date").Str("value"));
        Assert.Equal("year", expiry.GetProperty("date").Str("precision"));
        Assert.Equal("1996-12-31", expiry.GetProperty("date").Str("end"));
        Assert.Contains(events, e => e.Str("kind") == "treaty-signed" && e.GetProperty("date").Str("value") == "2024-06-19");
        Assert.All(events, e => Assert.True(e.GetProperty("articles").GetInt32() >= e.GetProperty("independentSources").GetInt32()));
    }

    [SkippableFact]
    public async Task ASyndicatedQuoteCountsTwoOutletsButOneIndependentOrigin()
    {
        var client = host.Client;
        var claims = await client.GetJsonAsync("/api/v1/claims?limit=500");
        var town = claims.Items().Single(c => c.GetProperty("claimant").Str("slug") == "jenny-town");

        var claim = await client.GetJsonAsync($"/api/v1/claims/{town.Str("slug")}");

        Assert.Equal(2, claim.GetProperty("corroboration").GetProperty("outlets").GetInt32());
        Assert.Equal(1, claim.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32());
        var appearances = claim.GetProperty("appearances").EnumerateArray().ToList();
        Assert.Equal(2, appearances.Count);
        Assert.All(appearances, a => Assert.Equal("economist", a.GetProperty("origin").Str("slug")));
        Assert.All(appearances, a => Assert.Equal(a.GetProperty("end").GetInt32() - a.GetProperty("start").GetInt32(), a.Str("quote").Length));
        // The Economist's own article leads, although its Straits Times copy is dated four days earlier.
        Assert.Equal(["economist", "straits-times"], appearances.Select(a => a.GetProperty("outlet").Str("slug")));
    }

    [SkippableFact]
    public async Task RelatedClaimsAreTheEightSharingMostEventsThenSubjects()
    {
        var client = host.Client;
        var claim = await client.GetJsonAsync("/api/v1/claims/putin-first-visit-since-2000");
        var events = claim.GetProperty("events").EnumerateArray().Select(e => e.Str("slug")).ToHashSet();
        var subjects = claim.GetProperty("subjects").EnumerateArray().Select(a => a.Str("slug")).ToHashSet();
        var expected = new List<(int Id, string Slug, int Score)>();
        foreach (var item in (await client.GetJsonAsync("/api/v1/claims?limit=500")).Items().Where(c => c.Str("slug") != "putin-first-visit-since-2000"))
        {
            var other = await client.GetJsonAsync($"/api/v1/claims/{item.Str("slug")}");
            var score = other.GetProperty("events").EnumerateArray().Count(e => events.Contains(e.Str("slug"))) * 2
                        + other.GetProperty("subjects").EnumerateArray().Count(a => subjects.Contains(a.Str("slug")));
            if (score > 0)
            {
                expected.Add((other.GetProperty("id").GetInt32(), other.Str("slug"), score));
            }
        }

        var related = claim.GetProperty("related").EnumerateArray().Select(r => r.Str("slug")).ToList();

        Assert.True(expected.Select(e => e.Score).Distinct().Count() > 1, "the dataset should give this claim related claims of different strength");
        Assert.Equal(expected.OrderByDescending(e => e.Score).ThenBy(e => e.Id).Take(8).Select(e => e.Slug), related);
    }

    [SkippableFact]
    public async Task ArticlesShowOutletRelationsHonestDatesAndTheirClaims()
    {
        var client = host.Client;
        var list = await client.GetJsonAsync("/api/v1/articles?limit=10");
        var relay = list.Items().Single(a => a.GetProperty("outlet").Str("slug") == "international-affairs");
        Assert.Equal("11:34", relay.GetProperty("published").Str("time"));
        Assert.Equal("Europe/Moscow", relay.GetProperty("published").Str("timeZone"));
        Assert.Equal("2024-06-20T08:34:00", relay.GetProperty("published").Str("utc")[..19]);

        var article = await client.GetJsonAsync($"/api/v1/articles/{relay.Str("slug")}");

        Assert.Equal("bloomberg", article.GetProperty("origin").Str("slug"));
        Assert.Equal("relays-reporting-of", article.GetProperty("relations")[0].Str("kind"));
        Assert.True(article.GetProperty("claims").GetArrayLength() >= 5);
        Assert.Contains(article.GetProperty("actors").EnumerateArray(), a => a.Str("slug") == "duyeon-kim");
    }

    [SkippableFact]
    public async Task AnActorShowsAliasesWikidataClaimsAndCompany()
    {
        var actor = await host.Client.GetJsonAsync("/api/v1/actors/kim-jong-un");

        Assert.Equal("Q56226", actor.Str("wikidataId"));
        Assert.Equal("https://www.wikidata.org/wiki/Q56226", actor.Str("wikidataUrl"));
        Assert.Contains(actor.GetProperty("aliases").EnumerateArray(), a => a.Str("name") == "Kim Jong-un");
        Assert.NotEqual(0, actor.GetProperty("claimsMade").GetArrayLength());
        Assert.NotEqual(0, actor.GetProperty("events").GetArrayLength());
        Assert.Contains(actor.GetProperty("coOccurring").EnumerateArray(), a => a.GetProperty("actor").Str("slug") == "vladimir-putin");
    }

    [SkippableFact]
    public async Task JsonIsCamelCaseWithKebabCaseEnumsAndIsoDates()
    {
        var response = await host.Client.GetAsync(new Uri("/api/v1/events/1", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"kind\":\"treaty-signed\"", text);
        Assert.Contains("\"start\":\"1961-07-06\"", text);
        Assert.DoesNotContain("\"Kind\"", text);
    }

    [SkippableTheory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointsAnswerHealthy(string path)
    {
        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task TheOpenApiDocumentDescribesEveryReadEndpoint()
    {
        var doc = await host.Client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        foreach (var resource in new[] { "claims", "events", "actors", "articles" })
        {
            Assert.Contains($"/api/v1/{resource}", paths);
            Assert.Contains($"/api/v1/{resource}/{{key}}", paths);
        }

        Assert.Contains("/api/v1/timeline", paths);
    }
}

public sealed class SqliteReadApiTests(SqliteHost host) : ReadApiTests(host), IClassFixture<SqliteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresReadApiTests(PostgresHost host) : ReadApiTests(host), IClassFixture<PostgresHost>;
