using System.Net;

namespace NewsTreaty.Web.Tests;

/// <summary>Filters, views and the selected event live in the URL and are rendered by the server, with no script.</summary>
[Collection(SiteCollection.Name)]
public sealed class TimelineStateTests(SiteFixture site)
{
    [Fact]
    public async Task FilteringByActorKeepsOnlyThatActorsEventsAndShowsTheChoice()
    {
        var (_, all) = await site.GetPageAsync("/");
        var (response, page) = await site.GetPageAsync("/?actor=vladimir-putin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = page.QuerySelectorAll("ol.events > li");
        Assert.InRange(events.Length, 3, all.QuerySelectorAll("ol.events > li").Length - 1);
        Assert.All(events, e => Assert.Contains("Vladimir Putin", e.QuerySelector(".event-meta")!.TextContent));
        Assert.Equal(events.Length, page.QuerySelectorAll(".tl-mark").Length);
        Assert.Equal("vladimir-putin", page.QuerySelector("#filter-actor option[selected]")!.GetAttribute("value"));
        Assert.Equal("get", page.QuerySelector("form.filters")!.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("form.filters a[href='/']"));
    }

    [Fact]
    public async Task FilteringByKindAndActorTogetherNarrowsFurther()
    {
        var (_, page) = await site.GetPageAsync("/?kind=treaty-signed&actor=north-korea");

        var dates = page.QuerySelectorAll("ol.events time.date").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["1961-07-06", "2000-02-09", "2024-06-19"], dates);
        Assert.Equal("3 events of 28 match the filters.", page.QuerySelector(".result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysSoAndOffersAWayOut()
    {
        var (response, page) = await site.GetPageAsync("/?actor=no-such-actor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No event matches", page.QuerySelector("main h2")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("ol.events > li"));
        Assert.NotNull(page.QuerySelector("main .notice a[href='/']"));
    }

    [Fact]
    public async Task SelectingAnEventRendersItsDetailBesideTheAxisWithoutScript()
    {
        var (_, page) = await site.GetPageAsync("/?actor=russia&event=russia-ends-1961-treaty");

        var panel = page.QuerySelector("#detail")!;
        Assert.False(panel.HasAttribute("hidden"));
        Assert.Equal("Russia lets the 1961 mutual-assistance treaty lapse", panel.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("1996", panel.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(panel.QuerySelector("a[href='/claims/russia-left-1961-treaty-1996']"));
        Assert.Equal("true", page.QuerySelector(".tl-mark[data-slug='russia-ends-1961-treaty']")!.GetAttribute("aria-current"));
        // The selection link keeps the filter, so sharing it reproduces the same view.
        Assert.Equal("/?actor=russia&event=russia-ends-1961-treaty#detail",
            page.QuerySelector(".tl-mark[data-slug='russia-ends-1961-treaty']")!.GetAttribute("href"));
        Assert.StartsWith("Russia lets the 1961", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownSelectionExplainsItselfAndStillShowsTheTimeline()
    {
        var (_, page) = await site.GetPageAsync("/?event=no-such-event");

        Assert.Contains("No event called", page.QuerySelector("#detail h2")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll("ol.events > li").Length >= 15);
    }

    [Fact]
    public async Task TheListViewDropsTheAxisButKeepsEveryEventAndTheView()
    {
        var (_, page) = await site.GetPageAsync("/?view=list&kind=summit");

        Assert.Null(page.QuerySelector("[data-timeline]"));
        Assert.Equal(3, page.QuerySelectorAll("ol.events > li").Length);
        Assert.Equal("page", page.QuerySelector(".view-switch a[href='/?kind=summit&view=list']")!.GetAttribute("aria-current"));
        Assert.Equal("list", page.QuerySelector("form.filters input[name=view]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AYearOnlyEventSpansItsYearOnTheAxisRatherThanADay()
    {
        var (_, page) = await site.GetPageAsync("/");

        // --at and --end are the event's start and end as shares of the axis.
        (double At, double End) Span(string slug)
        {
            var style = page.QuerySelector($".tl-mark[data-slug='{slug}']")!.ParentElement!.GetAttribute("style")!;
            double Read(string name) => double.Parse(style.Split(';').Single(p => p.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..],
                System.Globalization.CultureInfo.InvariantCulture);
            return (Read("--at"), Read("--end"));
        }

        var year = Span("russia-ends-1961-treaty");
        var day = Span("soviet-dprk-treaty-1961");
        Assert.InRange(year.End - year.At, 0.005, 0.1);
        Assert.Equal(day.At, day.End);
        Assert.NotNull(page.QuerySelector(".tl-mark[data-slug='russia-ends-1961-treaty']")!.ParentElement!.QuerySelector(".tl-bar"));
        Assert.Null(page.QuerySelector(".tl-mark[data-slug='soviet-dprk-treaty-1961']")!.ParentElement!.QuerySelector(".tl-bar"));
    }

    [Fact]
    public async Task ThePageLoadsItsOwnSmallScriptModules()
    {
        var (_, page) = await site.GetPageAsync("/");
        var src = page.QuerySelector("script[type=module]")!.GetAttribute("src")!;

        var entry = await site.Client.GetStringAsync(new Uri(src, UriKind.Relative));
        var modules = System.Text.RegularExpressions.Regex.Matches(entry, @"from '\./([\w-]+\.js)'").Select(m => m.Groups[1].Value).ToList();
        var sizes = new List<int> { entry.Length };
        foreach (var module in modules)
        {
            var response = await site.Client.GetAsync(new Uri("/js/" + module, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            sizes.Add((await response.Content.ReadAsByteArrayAsync()).Length);
        }

        Assert.NotEmpty(modules);
        Assert.InRange(sizes.Sum(), 1000, 20_000);
    }
}
