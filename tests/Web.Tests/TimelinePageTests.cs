using System.Net;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class TimelinePageTests(SiteFixture site)
{
    [Fact]
    public async Task TheHomePageShowsTheWholeTimelineFromTheDatabaseInDateOrder()
    {
        var (response, page) = await site.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1961", page.QuerySelector("h1")!.TextContent);
        var times = page.QuerySelectorAll("ol.events time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(times.Count >= 15, $"{times.Count} events on the page");
        Assert.Equal("1961-07-06", times[0]);
        Assert.Contains("1996", times);
        Assert.Contains("2024-06-19", times);
        Assert.Equal(times.OrderBy(t => t, StringComparer.Ordinal), times);
    }

    [Fact]
    public async Task TheCuratedTimelineListsEveryEventWithoutAnImportanceNote()
    {
        var (_, page) = await site.GetPageAsync("/");

        Assert.Null(page.QuerySelector("[data-importance-note]"));
        Assert.Equal($"All {page.QuerySelectorAll("ol.events li").Length} events, 1961–2024.", page.QuerySelector(".result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task EventsAreGroupedIntoErasAndCarryTheirPrecision()
    {
        var (_, page) = await site.GetPageAsync("/");

        Assert.True(page.QuerySelectorAll("section.era h3").Length >= 4);
        var withdrawal = page.QuerySelectorAll("ol.events li").Single(li => li.QuerySelector("time")!.GetAttribute("datetime") == "1996");
        Assert.Equal("known to the year", withdrawal.QuerySelector("time")!.GetAttribute("title"));
        var mark = page.QuerySelector(".tl-mark[data-slug='russia-ends-1961-treaty']")!;
        Assert.NotNull(mark.ParentElement!.QuerySelector(".tl-bar.precision-year"));
    }

    [Fact]
    public async Task AnUnknownPageIsA404WithAWayBack()
    {
        var (response, page) = await site.GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("can't find", page.QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task AnUnknownApiRouteStaysAProblemNotAnHtmlPage()
    {
        var response = await site.Client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
