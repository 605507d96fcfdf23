using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WidgetBrowserTests(SiteFixture site)
{
    [SkippableFact]
    public async Task TheAutoThemeFollowsTheReadersColourSchemeAndAnExplicitThemeDoesNot()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var dark = await browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = ColorScheme.Dark });
        var light = await browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = ColorScheme.Light });

        Assert.Equal("rgb(23, 25, 29)", await Background(dark, "/embed/events/soviet-dprk-treaty-1961"));
        Assert.Equal("rgb(255, 255, 255)", await Background(light, "/embed/events/soviet-dprk-treaty-1961"));
        Assert.Equal("rgb(255, 255, 255)", await Background(dark, "/embed/events/soviet-dprk-treaty-1961?theme=light"));
        Assert.Equal("rgb(23, 25, 29)", await Background(light, "/embed/events/soviet-dprk-treaty-1961?theme=dark"));
    }

    [SkippableFact]
    public async Task TheTimelineScrollsByButtonAndKeyboardAndSmoothlyOnlyWhenMotionIsWelcome()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 600, Height = 500 } });
        await page.GotoAsync(new Uri(site.BaseAddress, "/embed/timeline").ToString());
        var region = page.Locator("[data-nt-scroll]");

        await page.GetByRole(AriaRole.Button, new() { Name = "Later" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-nt-scroll]').scrollLeft > 100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Earlier" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-nt-scroll]').scrollLeft === 0");

        await page.ReloadAsync();
        await page.Keyboard.PressAsync("Tab"); // Earlier
        await page.Keyboard.PressAsync("Tab"); // Later
        await page.Keyboard.PressAsync("Tab"); // the scroll region itself
        Assert.True(await region.EvaluateAsync<bool>("e => e === document.activeElement"));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-nt-scroll]').scrollLeft > 0");

        Assert.Equal("smooth", await region.EvaluateAsync<string>("e => getComputedStyle(e).scrollBehavior"));
        var still = await browser.NewPageAsync(new BrowserNewPageOptions { ReducedMotion = ReducedMotion.Reduce });
        await still.GotoAsync(new Uri(site.BaseAddress, "/embed/timeline").ToString());
        Assert.Equal("auto", await still.Locator("[data-nt-scroll]").EvaluateAsync<string>("e => getComputedStyle(e).scrollBehavior"));
    }

    private async Task<string> Background(IPage page, string path)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        return await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
    }
}
