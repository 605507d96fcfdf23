using System.Net;
using System.Text.Json.Nodes;

namespace NewsTreaty.Web.Tests;

/// <summary>The reader's ways around the server-rendered pages: one search, outlet pages, neighbours and breadcrumbs, crawler tags.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReaderPageTests(SiteFixture site)
{
    [Fact]
    public async Task SearchFindsEveryKindRankedWithHighlightedSnippets()
    {
        var (response, page) = await site.GetPageAsync("/search?q=Putin+visit+Pyongyang");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = page.QuerySelectorAll(".search-results .result-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/events/putin-visit-pyongyang-2000", titles.Take(5));
        Assert.Contains("/events/putin-visit-pyongyang-2024", titles.Take(5));
        Assert.Equal("/actors/vladimir-putin", page.QuerySelector(".search-names a")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll(".search-results mark"), m => Assert.Matches("(?i)putin|visit|pyongyang", m.TextContent));
        var tabs = page.QuerySelectorAll(".kind-tabs a").Select(a => a.TextContent).ToList();
        Assert.Contains(tabs, t => t.StartsWith("Events", StringComparison.Ordinal));
        Assert.Contains(tabs, t => t.StartsWith("Claims", StringComparison.Ordinal));
        Assert.Contains(tabs, t => t.StartsWith("Articles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchFiltersByKindAndDateAndFindsOutlets()
    {
        var (_, events) = await site.GetPageAsync("/search?q=Putin+visit+Pyongyang&kind=event&from=2020");
        var hrefs = events.QuerySelectorAll(".search-results .result-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/events/putin-visit-pyongyang-2024", hrefs);
        Assert.DoesNotContain("/events/putin-visit-pyongyang-2000", hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("/events/", h, StringComparison.Ordinal));

        var (_, outlets) = await site.GetPageAsync("/search?q=Economist");
        Assert.Contains("/outlets/economist", outlets.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));

        var (bad, error) = await site.GetPageAsync("/search?q=treaty&from=2024-13");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull(error.QuerySelector("#search-from-error"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/claims")]
    [InlineData("/outlets/kcna")]
    public async Task EveryPageHasTheSearchBoxInItsHeader(string path)
    {
        var (_, page) = await site.GetPageAsync(path);
        var form = page.QuerySelector("header form.site-search")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input#site-q")!.GetAttribute("name"));
    }

    /// <summary>
    /// Pages under /embed/ answer with the widgets' policy, whose <c>base-uri 'none'</c> makes the browser ignore
    /// <c>&lt;base href="/"&gt;</c>; a relative stylesheet link then resolves under /embed/ and the page renders bare.
    /// So every stylesheet and script must load when resolved against the page's own address.
    /// </summary>
    [Theory]
    [InlineData("/embed/no-such-widget")]
    [InlineData("/embed/claims/no-such-claim/deeper")]
    [InlineData("/no/such/page")]
    [InlineData("/events/putin-visit-pyongyang-2000")]
    [InlineData("/")]
    public async Task StylesheetsAndScriptsLoadWithoutRelyingOnTheBaseElement(string path)
    {
        var (_, page) = await site.GetPageAsync(path);
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            var url = new Uri(new Uri(site.BaseAddress, path), asset);
            using var response = await site.Client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{asset} on {path} resolves to {url.AbsolutePath}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AnOutletPageShowsWhatItPublishedItsSyndicationAndStateAffiliation()
    {
        var (_, economist) = await site.GetPageAsync("/outlets/economist");
        Assert.Contains("/articles/economist-2024-06-22-putin-kim-bromance", economist.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/outlets/straits-times", economist.QuerySelectorAll(".side-column a").Select(a => a.GetAttribute("href")));

        var (_, relay) = await site.GetPageAsync("/outlets/international-affairs");
        Assert.NotNull(relay.QuerySelector(".state-note .badge.state"));
        Assert.Contains("/outlets/bloomberg", relay.QuerySelectorAll(".side-column a").Select(a => a.GetAttribute("href")));

        var (missing, _) = await site.GetPageAsync("/outlets/no-such-outlet");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AnEventPageLinksItsNeighboursAndItsBreadcrumbReturnsToItOnTheTimeline()
    {
        var (_, page) = await site.GetPageAsync("/events/putin-visit-pyongyang-2000");
        var previous = page.QuerySelector("a[rel=prev]")!.GetAttribute("href");
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/events/putin-becomes-president-2000", previous);
        Assert.StartsWith("/events/", next, StringComparison.Ordinal);
        Assert.NotEqual(previous, next);
        Assert.Equal("/?event=putin-visit-pyongyang-2000#detail", page.QuerySelector("nav.crumbs a")!.GetAttribute("href"));

        var (_, first) = await site.GetPageAsync("/events/soviet-dprk-treaty-1961");
        Assert.Null(first.QuerySelector("a[rel=prev]"));
    }

    [Theory]
    [InlineData("/events/putin-visit-pyongyang-2000", "Event")]
    [InlineData("/claims/putin-first-visit-since-2000", "Claim")]
    [InlineData("/actors/vladimir-putin", "Person")]
    [InlineData("/articles/economist-2024-06-22-putin-kim-bromance", "NewsArticle")]
    [InlineData("/outlets/economist", "NewsMediaOrganization")]
    public async Task RecordPagesCarryCanonicalOpenGraphAndTheirJsonLd(string path, string type)
    {
        var (_, page) = await site.GetPageAsync(path);

        Assert.Equal(new Uri(site.BaseAddress, path).ToString(), page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        var json = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Equal("https://schema.org", json["@context"]!.ToString());
        Assert.Contains(type, json["@type"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/embed/timeline")]
    [InlineData("/embed/events/putin-visit-pyongyang-2000")]
    [InlineData("/embed/claims/putin-first-visit-since-2000")]
    [InlineData("/embed/coverage/putin-visit-pyongyang-2000")]
    public async Task WidgetsHaveAHeadlineACreditLineOneReadMoreAndCorrectPlurals(string path)
    {
        var (_, widget) = await site.GetPageAsync(path);

        Assert.False(string.IsNullOrWhiteSpace(widget.QuerySelector("main h1")!.TextContent));
        var credit = widget.QuerySelector("footer.nt-by")!.TextContent;
        Assert.Matches(@"^Source: NewsTreaty · \S", credit.Trim());
        Assert.True(widget.QuerySelectorAll("a").Count(a => a.TextContent.Contains("Read more", StringComparison.Ordinal)) <= 1);
        Assert.DoesNotMatch(@"\b1 (articles|claims|sources|outlets|independent sources)\b", widget.Body!.TextContent);
    }
}
