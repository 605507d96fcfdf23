using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>The main reader journeys in real Chromium, with the timeline script running.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BrowserJourneyTests(SiteFixture site)
{
    private async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(string path, int width = 1440)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        return (playwright, browser, page);
    }

    [SkippableFact]
    public async Task AReaderZoomsTheAxisAndLessImportantEventsAppear()
    {
        var (playwright, browser, page) = await OpenAsync("/");
        using var _ = playwright;
        await using var __ = browser;

        var minor = page.Locator(".tl-item.importance-2").First;
        Assert.False(await minor.IsVisibleAsync());
        await page.Locator("[data-zoom-in]").ClickAsync();
        Assert.Equal("2", await page.Locator("[data-timeline]").GetAttributeAsync("data-zoom"));
        Assert.True(await minor.IsVisibleAsync());

        await page.Locator("[data-axis-viewport]").FocusAsync();
        await page.Keyboard.PressAsync("+");
        Assert.Equal("4", await page.Locator("[data-timeline]").GetAttributeAsync("data-zoom"));
        var before = await page.Locator("[data-axis-viewport]").EvaluateAsync<double>("v => v.scrollLeft");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-axis-viewport]').scrollLeft > {before}");
    }

    [SkippableFact]
    public async Task AReaderFiltersByActorThroughTheForm()
    {
        var (playwright, browser, page) = await OpenAsync("/");
        using var _ = playwright;
        await using var __ = browser;

        await page.SelectOptionAsync("#filter-actor", "vladimir-putin");
        await page.ClickAsync("form.filters button[type=submit]");

        Assert.Contains("actor=vladimir-putin", page.Url, StringComparison.Ordinal);
        var metas = await page.Locator("ol.events > li .event-meta").AllInnerTextsAsync();
        Assert.InRange(metas.Count, 3, 27);
        Assert.All(metas, m => Assert.Contains("Vladimir Putin", m, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task SelectingThe1996EventOnTheAxisOpensItsDetailInPlaceAndPutsItInTheUrl()
    {
        var (playwright, browser, page) = await OpenAsync("/");
        using var _ = playwright;
        await using var __ = browser;
        await page.EvaluateAsync("() => window.stillTheSamePage = true");

        await page.Locator("[data-zoom-in]").ClickAsync();
        await page.Locator(".tl-mark[data-slug='russia-ends-1961-treaty']").ClickAsync();

        var heading = page.Locator("#detail h2");
        await Assertions.Expect(heading).ToHaveTextAsync("Russia lets the 1961 mutual-assistance treaty lapse");
        Assert.Contains("event=russia-ends-1961-treaty", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));
        Assert.Equal("2", await page.Locator("[data-timeline]").GetAttributeAsync("data-zoom"));
        Assert.Equal("true", await page.Locator(".tl-mark[data-slug='russia-ends-1961-treaty']").GetAttributeAsync("aria-current"));
        Assert.Equal("1996", await page.Locator("#detail time").First.GetAttributeAsync("datetime"));
    }

    [SkippableFact]
    public async Task AJournalistFollowsAClaimFromTheTimelineToItsQuotation()
    {
        var (playwright, browser, page) = await OpenAsync("/?event=russia-ends-1961-treaty");
        using var _ = playwright;
        await using var __ = browser;

        await page.Locator("#detail a[href='/claims/russia-left-1961-treaty-1996']").ClickAsync();

        await page.WaitForURLAsync("**/claims/russia-left-1961-treaty-1996", Navigation.Parsed);
        var quote = page.Locator("li.appearance blockquote.quote").First;
        await Assertions.Expect(quote).ToBeVisibleAsync();
        Assert.Contains("1996", await quote.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Spectator", await page.Locator("li.appearance .outlet").First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AReaderSearchesTheClaims()
    {
        var (playwright, browser, page) = await OpenAsync("/claims");
        using var _ = playwright;
        await using var __ = browser;

        await page.FillAsync("#q", "mutual aid");
        await page.PressAsync("#q", "Enter");

        await page.WaitForURLAsync("**/claims?q=mutual+aid*", Navigation.Parsed);
        var results = await page.Locator(".claim-text a").AllInnerTextsAsync();
        Assert.NotEmpty(results);
        Assert.Contains(results, r => r.Contains("mutual aid", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task ArrowKeysWalkFromOneEventMarkToTheNext()
    {
        var (playwright, browser, page) = await OpenAsync("/");
        using var _ = playwright;
        await using var __ = browser;

        await page.Locator(".tl-mark[data-slug='soviet-dprk-treaty-1961']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        var focused = await page.EvaluateAsync<string>("() => document.activeElement.dataset.slug");
        Assert.Equal("soviet-union-recognises-south-korea", focused);
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/events/russia-ends-1961-treaty")]
    [InlineData("/claims")]
    [InlineData("/coverage")]
    public async Task PagesFitASmallScreenWithoutHorizontalScrolling(string path)
    {
        var (playwright, browser, page) = await OpenAsync(path, 375);
        using var _ = playwright;
        await using var __ = browser;

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 375px screen");
    }
}
