using System.Net;
using System.Text.Json;

namespace NewsTreaty.Api.Tests;

/// <summary>GET /api/v1/claims filters, sorts and keyset paging over the seeded dataset; run once per engine.</summary>
public abstract class ClaimFilterTests(HostFixture host)
{
    private async Task<List<JsonElement>> AllAsync(string query)
    {
        var page = await host.Client.GetJsonAsync($"/api/v1/claims?limit=500&{query}");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        return page.Items().ToList();
    }

    private Task<List<JsonElement>> PagesAsync(string url) => host.Client.AllItemsAsync(url);

    private Task<JsonElement> DetailAsync(JsonElement summary) => host.Client.GetJsonAsync($"/api/v1/claims/{summary.Str("slug")}");

    [SkippableFact]
    public async Task FullTextFindsClaimsByTheirTextOrQuotationsWithStemming()
    {
        var all = await AllAsync("");
        var hits = await AllAsync("q=treaties");

        Assert.NotEmpty(hits);
        Assert.True(hits.Count < all.Count);
        foreach (var hit in hits)
        {
            var claim = await DetailAsync(hit);
            var quotes = claim.GetProperty("appearances").EnumerateArray().Select(a => a.Str("quote"));
            Assert.Contains(quotes.Prepend(claim.Str("text")), t => t.Contains("treat", StringComparison.OrdinalIgnoreCase));
        }
    }

    [SkippableFact]
    public async Task EveryWordOfQIsRequired()
    {
        var treaty = await AllAsync("q=treaty");
        var both = await AllAsync("q=treaty%201961");

        Assert.NotEmpty(both);
        Assert.True(both.Count < treaty.Count);
        Assert.All(both, c => Assert.Contains(c.GetProperty("id").GetInt32(), treaty.Select(t => t.GetProperty("id").GetInt32())));
    }

    [SkippableTheory]
    [InlineData("\"NEAR(treaty")]
    [InlineData("treaty* OR -kim")]
    [InlineData("text:treaty) AND (")]
    [InlineData("'; DROP TABLE claims; --")]
    [InlineData("treaty & !kim | :*")]
    public async Task QueryLanguageSyntaxInQIsTreatedAsPlainWords(string q)
    {
        var response = await host.Client.GetAsync(new Uri($"/api/v1/claims?q={Uri.EscapeDataString(q)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await AllAsync(""));
    }

    [SkippableTheory]
    [InlineData("kim-jong-un")]
    [InlineData("Q56226")]
    [InlineData("Kim Jong-un")]
    [InlineData("kim jong un")]
    public async Task AnActorByIdSlugAliasOrQidFindsTheClaimsItMadeOrIsAbout(string key)
    {
        var actor = await host.Client.GetJsonAsync("/api/v1/actors/kim-jong-un");
        var byId = await AllAsync($"actor={actor.GetProperty("id").GetInt32()}");
        var byKey = await AllAsync($"actor={Uri.EscapeDataString(key)}");

        Assert.NotEmpty(byId);
        Assert.Equal(byId.Select(c => c.GetProperty("id").GetInt32()), byKey.Select(c => c.GetProperty("id").GetInt32()));
        foreach (var summary in byKey)
        {
            var claim = await DetailAsync(summary);
            var involved = claim.GetProperty("subjects").EnumerateArray().Select(s => s.Str("slug")).Append(claim.GetProperty("claimant").Str("slug"));
            Assert.Contains("kim-jong-un", involved);
        }
    }

    [SkippableFact]
    public async Task ClaimantFilterKeepsOnlyClaimsThatActorOrOutletMade()
    {
        var byActor = await AllAsync("claimant=edward-howell");
        var byOutlet = await AllAsync("claimant=economist");

        Assert.NotEmpty(byActor);
        Assert.All(byActor, c => Assert.Equal("edward-howell", c.GetProperty("claimant").Str("slug")));
        Assert.NotEmpty(byOutlet);
        Assert.All(byOutlet, c => Assert.Equal(("outlet", "economist"), (c.GetProperty("claimant").Str("type"), c.GetProperty("claimant").Str("slug"))));
    }

    [SkippableFact]
    public async Task EventArticleAndOutletFiltersFollowTheLinks()
    {
        var signing = (await host.Client.GetJsonAsync("/api/v1/events?kind=treaty-signed&from=2024")).Items().Single();
        var forEvent = await AllAsync($"event={signing.Str("slug")}");
        Assert.NotEmpty(forEvent);
        foreach (var summary in forEvent)
        {
            Assert.Contains((await DetailAsync(summary)).GetProperty("events").EnumerateArray(), e => e.Str("slug") == signing.Str("slug"));
        }

        var article = (await host.Client.GetJsonAsync("/api/v1/articles?outlet=international-affairs")).Items().First();
        var inArticle = await AllAsync($"article={article.Str("slug")}");
        Assert.Equal((await host.Client.GetJsonAsync($"/api/v1/articles/{article.Str("slug")}")).GetProperty("claims").GetArrayLength(), inArticle.Count);

        var inOutlet = await AllAsync("outlet=international-affairs");
        Assert.NotEmpty(inOutlet);
        foreach (var summary in inOutlet)
        {
            Assert.Contains((await DetailAsync(summary)).GetProperty("appearances").EnumerateArray(), a => a.GetProperty("outlet").Str("slug") == "international-affairs");
        }
    }

    [SkippableTheory]
    [InlineData("kind", "reported-speech")]
    [InlineData("status", "confirmed")]
    public async Task KindAndStatusFiltersMatchExactly(string name, string value)
    {
        var all = await AllAsync("");
        var filtered = await AllAsync($"{name}={value}");

        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count);
        Assert.All(filtered, c => Assert.Equal(value, c.Str(name)));
        Assert.Equal(all.Count(c => c.Str(name) == value), filtered.Count);
    }

    [SkippableFact]
    public async Task FromAndToBoundTheFirstAppearanceAtTheDatesPrecision()
    {
        var all = await AllAsync("");
        var june19 = await AllAsync("from=2024-06-19&to=2024-06-19");
        var june = await AllAsync("from=2024-06&to=2024-06");
        var year = await AllAsync("from=2024&to=2024");

        static DateTime Seen(JsonElement c) => c.GetProperty("firstSeen").GetDateTime();
        Assert.Equal(all.Count(c => c.GetProperty("firstSeen").ValueKind != JsonValueKind.Null && Seen(c).Date == new DateTime(2024, 6, 19)), june19.Count);
        Assert.All(june, c => Assert.Equal((2024, 6), (Seen(c).Year, Seen(c).Month)));
        Assert.True(june19.Count <= june.Count && june.Count <= year.Count);
        Assert.NotEmpty(june);
        Assert.Empty(await AllAsync("to=1999"));
    }

    [SkippableFact]
    public async Task MinSourcesCountsIndependentOriginsNotOutlets()
    {
        var two = await AllAsync("minSources=2");

        Assert.NotEmpty(two);
        Assert.All(two, c => Assert.True(c.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32() >= 2));
        Assert.DoesNotContain(two, c => c.GetProperty("claimant").Str("slug") == "jenny-town"); // syndicated: 2 outlets, 1 origin
    }

    [SkippableFact]
    public async Task FiltersCombine()
    {
        var combined = await AllAsync("actor=kim-jong-un&status=confirmed&from=2024");
        var actor = await AllAsync("actor=kim-jong-un");

        Assert.NotEmpty(combined);
        Assert.True(combined.Count < actor.Count);
        Assert.All(combined, c => Assert.Equal("confirmed", c.Str("status")));
    }

    [SkippableTheory]
    [InlineData("vladimir-putin")]
    [InlineData("kim-jong-un")]
    [InlineData("russia")]
    public async Task AnActorsClaimsNewestFirstPageTheSameAsTheGeneralFilterDoes(string actor)
    {
        // actor alone takes the merged index path; adding minSources=0 (which excludes nothing) takes the general one.
        var general = await AllAsync($"actor={actor}&minSources=0");
        var paged = await PagesAsync($"/api/v1/claims?limit=3&actor={actor}");

        Assert.True(general.Count > 3, $"{general.Count} claims is too few to page");
        Assert.Equal(general.Select(c => c.GetProperty("id").GetInt32()), paged.Select(c => c.GetProperty("id").GetInt32()));
        Assert.Equal(paged.Count, paged.Select(c => c.GetProperty("id").GetInt32()).Distinct().Count());
    }

    [SkippableTheory]
    [InlineData("comprehensive-strategic-partnership-treaty-signed")]
    [InlineData("putin-visit-pyongyang-2024")]
    public async Task AnEventsClaimsNewestFirstPageTheSameAsTheGeneralFilterDoes(string slug)
    {
        // event alone reads one index range; adding minSources=0 (which excludes nothing) takes the general path.
        var general = await AllAsync($"event={slug}&minSources=0");
        var paged = await PagesAsync($"/api/v1/claims?limit=2&event={slug}");

        Assert.True(general.Count > 4, $"{general.Count} claims is too few to page");
        Assert.Equal(general.Select(c => c.GetProperty("id").GetInt32()), paged.Select(c => c.GetProperty("id").GetInt32()));
    }

    [SkippableTheory]
    [InlineData("sort=date", "")]
    [InlineData("sort=corroboration", "")]
    [InlineData("sort=relevance&q=treaty", "")]
    [InlineData("q=kim", "")]
    [InlineData("", "status=unreviewed")]
    public async Task EverySortPagesWithoutLosingOrRepeatingAClaim(string sort, string filter)
    {
        var expected = await AllAsync($"{sort}&{filter}");
        var seen = await PagesAsync($"/api/v1/claims?limit=4&{sort}&{filter}");

        Assert.True(expected.Count > 4, $"{expected.Count} claims is too few to page");
        Assert.Equal(expected.Select(c => c.GetProperty("id").GetInt32()), seen.Select(c => c.GetProperty("id").GetInt32()));
        if (sort == "sort=corroboration")
        {
            var origins = seen.Select(c => c.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32()).ToList();
            Assert.Equal(origins.OrderDescending(), origins);
        }
        else if (sort is "sort=date" or "")
        {
            var dates = seen.Select(c => c.GetProperty("firstSeen").GetDateTime()).ToList();
            Assert.Equal(dates.OrderDescending(), dates);
        }
    }

    [SkippableFact]
    public async Task ACursorFromOneSortIsRefusedByAnother()
    {
        var page = await host.Client.GetJsonAsync("/api/v1/claims?limit=2&sort=corroboration");
        var next = page.Str("next").Replace("sort=corroboration", "sort=date", StringComparison.Ordinal);

        var response = await host.Client.GetAsync(new Uri(next));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sort=corroboration", problem.Str("detail"));
    }
}

public sealed class SqliteClaimFilterTests(SqliteHost host) : ClaimFilterTests(host), IClassFixture<SqliteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresClaimFilterTests(PostgresHost host) : ClaimFilterTests(host), IClassFixture<PostgresHost>;
