using System.Net;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class ClaimExplorerTests(SiteFixture site)
{
    [Fact]
    public async Task SearchFindsClaimsByWordsInTheirTextOrQuotationsIgnoringCase()
    {
        var (response, page) = await site.GetPageAsync("/claims?q=MUTUAL");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = page.QuerySelectorAll(".claim-item");
        Assert.NotEmpty(claims);
        Assert.Contains(claims, c => c.QuerySelector(".claim-text a")!.GetAttribute("href") == "/claims/putin-mutual-aid-against-aggression");
        Assert.Equal("MUTUAL", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Matches(@"^\d+ claims? match", page.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task FiltersAreGetParametersAndCombine()
    {
        var (_, page) = await site.GetPageAsync("/claims?status=confirmed&actor=vladimir-putin");
        var (_, statusOnly) = await site.GetPageAsync("/claims?status=confirmed");
        var byOrAboutPutin = await ApiSlugsAsync("/api/v1/claims?actor=vladimir-putin&limit=500");

        var items = page.QuerySelectorAll(".claim-item");
        Assert.NotEmpty(items);
        Assert.All(items, c => Assert.Equal("Confirmed", c.QuerySelector(".badge")!.TextContent));
        Assert.All(Slugs(page), s => Assert.Contains(s, byOrAboutPutin));
        // Both filters applied: the status alone lets through confirmed claims neither by nor about Putin.
        Assert.Contains(Slugs(statusOnly), s => !byOrAboutPutin.Contains(s));
        Assert.Equal("confirmed", page.QuerySelector("#status option[selected]")!.GetAttribute("value"));
        Assert.Equal("vladimir-putin", page.QuerySelector("#actor option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AValueTheApiWouldRefuseIsDroppedRatherThanAnErrorPage()
    {
        var (response, page) = await site.GetPageAsync("/claims?kind=rumour&sort=relevance&status=confirmed");
        var (_, confirmed) = await site.GetPageAsync("/claims?status=confirmed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("main .notice[role=alert]"));
        Assert.Equal(Slugs(confirmed), Slugs(page));
        Assert.Null(page.QuerySelector("#kind option[selected]"));
        Assert.Equal("confirmed", page.QuerySelector("#status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ResultsArePagedWithANextLinkThatKeepsTheFilters()
    {
        var (_, first) = await site.GetPageAsync("/claims?kind=factual-assertion");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("kind=factual-assertion", next, StringComparison.Ordinal);

        var (_, second) = await site.GetPageAsync(next);

        var firstSlugs = first.QuerySelectorAll(".claim-text a").Select(a => a.GetAttribute("href")).ToList();
        var secondSlugs = second.QuerySelectorAll(".claim-text a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(25, firstSlugs.Count);
        Assert.NotEmpty(secondSlugs);
        Assert.Empty(firstSlugs.Intersect(secondSlugs));
    }

    [Fact]
    public async Task NoMatchAndABrokenCursorBothSayWhatToDoNext()
    {
        var (_, none) = await site.GetPageAsync("/claims?q=%25zzqx_");
        Assert.Contains("No claim matches", none.QuerySelector("main .notice h2")!.TextContent, StringComparison.Ordinal);

        var (response, broken) = await site.GetPageAsync("/claims?cursor=not-a-cursor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(broken.QuerySelector("main .notice[role=alert] a[href='/claims']"));

        var (_, unknown) = await site.GetPageAsync("/claims?actor=nobody-at-all");
        Assert.Contains("nobody-at-all", unknown.QuerySelector("main .notice[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsCanBeOrderedByCorroboration()
    {
        var (_, page) = await site.GetPageAsync("/claims?sort=corroboration");

        var origins = page.QuerySelectorAll(".claim-item .corroboration")
            .Select(c => int.Parse(System.Text.RegularExpressions.Regex.Match(c.TextContent, @"(\d+) independent").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(25, origins.Count);
        Assert.Equal(origins.OrderDescending(), origins);
        Assert.True(origins[0] > origins[^1]);
        Assert.Equal("corroboration", page.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    private static List<string> Slugs(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".claim-text a").Select(a => a.GetAttribute("href")!.Replace("/claims/", "", StringComparison.Ordinal)).ToList();

    private async Task<HashSet<string>> ApiSlugsAsync(string url)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await site.Client.GetStringAsync(new Uri(url, UriKind.Relative)));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("slug").GetString()!).ToHashSet();
    }
}
