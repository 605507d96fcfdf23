using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BrowserJourneyTests(SiteFixture site)
{
    [SkippableFact]
    public async Task AReaderOpensTheTimelineAndJumpsFromTheAxisToAnEvent()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });

        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());

        Assert.Contains("1961", await page.TitleAsync());
        Assert.True(await page.Locator("ol.events > li").CountAsync() >= 15);
        var mark = page.Locator("a.axis-mark[href='#event-soviet-dprk-treaty-1961']");
        await mark.ClickAsync();
        Assert.EndsWith("#event-soviet-dprk-treaty-1961", page.Url);
        var target = page.Locator("#event-soviet-dprk-treaty-1961");
        Assert.True(await target.IsVisibleAsync());
        Assert.Contains("1961", await target.Locator("time").InnerTextAsync());
    }

    [SkippableFact]
    public async Task TheTimelineFitsASmallScreenWithoutHorizontalScrolling()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });

        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than a 375px screen");
    }
}
