using System.Net;

namespace NewsTreaty.Web.Tests;

/// <summary>Event, claim, actor, article and coverage pages, as the server renders them.</summary>
[Collection(SiteCollection.Name)]
public sealed class RecordPageTests(SiteFixture site)
{
    [Fact]
    public async Task TheEventPageShowsDatePrecisionActorsClaimsAndIndependentCoverage()
    {
        var (response, page) = await site.GetPageAsync("/events/russia-ends-1961-treaty");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Russia lets the 1961 mutual-assistance treaty lapse", page.QuerySelector("h1")!.TextContent);
        var date = page.QuerySelector(".page-header time")!;
        Assert.Equal("1996", date.GetAttribute("datetime"));
        Assert.Equal("known to the year", date.GetAttribute("title"));
        Assert.Contains("non-renewing-party", page.QuerySelector(".actor-roles a[href='/actors/russia']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".claim-list a[href='/claims/russia-left-1961-treaty-1996']"));
        Assert.NotNull(page.QuerySelector(".coverage a[href='/articles/spectator-howell-red-carpet-for-putin']"));
        Assert.Equal("Independent", page.QuerySelector(".coverage .badge")!.TextContent);
        Assert.NotNull(page.QuerySelector(".page-header .page-actions"));
    }

    [Theory]
    [InlineData("/events/no-such-event")]
    [InlineData("/claims/no-such-claim")]
    [InlineData("/actors/no-such-actor")]
    [InlineData("/articles/no-such-article")]
    public async Task AnUnknownSlugIsA404PageWithAWayBack(string path)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("can't find", page.QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task TheClaimPageShowsEveryAppearanceWithItsQuotationOutletAndRole()
    {
        var (_, claim) = await site.GetPageAsync("/claims/treaty-signed-with-mutual-aid-pledge");

        var appearances = claim.QuerySelectorAll("li.appearance");
        Assert.True(appearances.Length >= 2, $"{appearances.Length} appearances");
        Assert.All(appearances, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.QuerySelector("figure.quotation blockquote")!.TextContent.Trim('“', '”')));
            Assert.StartsWith("/outlets/", a.QuerySelector("a.outlet")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.NotNull(a.QuerySelector(".badge[class*=role-]"));
            Assert.StartsWith("/articles/", a.QuerySelector("figcaption a[href^='/articles/']")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.NotNull(a.QuerySelector("figcaption time"));
            Assert.DoesNotContain("characters", a.TextContent, StringComparison.Ordinal);
        });
        Assert.Matches(@"\d+ outlets?, \d+ independent origins?", claim.QuerySelector(".page-header .corroboration")!.TextContent);
        Assert.NotNull(claim.QuerySelector(".page-header .badge[class*=status-]"));
    }

    [Fact]
    public async Task TheActorPageShowsAliasesWikidataClaimsEventsAndCompany()
    {
        var (_, page) = await site.GetPageAsync("/actors/vladimir-putin");

        Assert.Equal("Vladimir Putin", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("https://www.wikidata.org/wiki/Q", page.QuerySelector(".page-header a[rel=external]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#events + .ref-list a[href^='/events/']"));
        Assert.NotEmpty(page.QuerySelectorAll("#made + .ref-list a[href^='/claims/']"));
        Assert.NotEmpty(page.QuerySelectorAll(".side-column a[href='/actors/kim-jong-un']"));
        Assert.NotNull(page.QuerySelector("a[href='/?actor=vladimir-putin']"));
    }

    [Fact]
    public async Task TheActorIndexGroupsActorsByKind()
    {
        var (_, page) = await site.GetPageAsync("/actors");

        Assert.Equal(["People", "States", "Organisations", "Media"], page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList());
        Assert.Equal(30, page.QuerySelectorAll(".card-list a[href^='/actors/']").Length);
    }

    [Fact]
    public async Task TheArticlePageShowsMetadataRelationsClaimsAndActors()
    {
        var (_, page) = await site.GetPageAsync("/articles/interaffairs-2024-06-20-bloomberg-security-challenge");

        Assert.Contains("International Affairs", page.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bloomberg", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Relays reporting of", page.QuerySelector(".side-column .ref-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("ol.article-claims li[id^='claim-'] a[href^='/claims/']"));
    }

    [Fact]
    public async Task TheArticleIndexListsNewestFirst()
    {
        var (_, page) = await site.GetPageAsync("/articles");

        var dates = page.QuerySelectorAll(".article-list time").Select(t => t.GetAttribute("datetime")!.TrimEnd('~')).ToList();
        Assert.Equal(5, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task TheCoverageMatrixShowsRelaysBesideTheirOriginAndCountsOnlyIndependentOrigins()
    {
        var (_, page) = await site.GetPageAsync("/coverage");

        var headers = page.QuerySelectorAll(".matrix thead th").Select(h => h.TextContent.Trim()).ToList();
        var carrier = headers.FindIndex(h => h.StartsWith("International Affairs", StringComparison.Ordinal));
        Assert.Contains("carries Bloomberg", headers[carrier], StringComparison.Ordinal);
        // Bloomberg itself has no article in the collection: the relay stands in its place, still counted as Bloomberg's reporting.
        var economist = headers.FindIndex(h => h == "The Economist");
        Assert.Contains("carries The Economist", headers[economist + 1], StringComparison.Ordinal);
        var treaty = page.QuerySelectorAll(".matrix tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/events/comprehensive-strategic-partnership-treaty-signed");
        var reported = treaty.QuerySelectorAll("td.independent, td.copy").Length;
        Assert.InRange(int.Parse(treaty.QuerySelector("td.count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture), 1, reported);
    }

    [Fact]
    public async Task TheCoverageMatrixCanCompareClaimsInstead()
    {
        var (_, page) = await site.GetPageAsync("/coverage?by=claims");

        Assert.Equal("Claim", page.QuerySelector(".matrix thead th")!.TextContent.Trim());
        Assert.True(page.QuerySelectorAll(".matrix tbody tr th a[href^='/claims/']").Length >= 40);
    }

    [Fact]
    public async Task AClaimShowsItsQuantitiesAsANewsroomWouldWriteThem()
    {
        var (_, page) = await site.GetPageAsync("/claims/nk-supplied-7000-containers");

        var figures = page.QuerySelector("#quantities")!.ParentElement!.TextContent;
        Assert.Contains("about 7,000 containers", figures, StringComparison.Ordinal);
        Assert.Contains("“nearly 7,000 containers”", figures, StringComparison.Ordinal);
    }
}
