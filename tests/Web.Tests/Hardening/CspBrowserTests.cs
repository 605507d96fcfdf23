using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests.Hardening;

/// <summary>
/// The Content-Security-Policy of each area, enforced by Chromium: reader pages, the embed builder, Swagger UI and
/// the editor load and run with no violation reported (a refused script, style or connection shows as a console error
/// and a securitypolicyviolation event).
/// </summary>
[Collection(HardenedCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CspBrowserTests(HardenedSite site)
{
    [SkippableTheory]
    [InlineData("/", "#timeline, main h1")]
    [InlineData("/claims", "main h1")]
    [InlineData("/events/putin-visit-pyongyang-2000", "main h1")]
    [InlineData("/embed-builder?kind=timeline", ".embed-preview iframe")]
    [InlineData("/swagger/index.html", ".swagger-ui .opblock")]
    [InlineData("/editor/sign-in", "main h1")]
    public async Task PagesLoadWithoutViolatingTheirPolicy(string path, string ready)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var violations = Watch(page);

        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20000 });
        await EveryFrameLoaded(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__cspViolations.length"));
    }

    [SkippableFact]
    public async Task TheSignedInEditorLoadsWithoutViolations()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var violations = Watch(page);
        await page.GotoAsync(new Uri(site.BaseAddress, "/editor/sign-in").ToString());
        await page.FillAsync("#username", "lin");
        await page.FillAsync("#password", HardenedSite.Password);
        await page.ClickAsync("form[action^='/editor/sign-in'] button[type=submit]"); // the header's search form has one too
        await page.WaitForURLAsync(new Uri(site.BaseAddress, "/editor").ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__cspViolations.length"));
    }

    /// <summary>
    /// Every frame (the page and, on the embed builder, the widget's preview frame) has fired its load event: its
    /// scripts, styles and images were fetched or refused by then. (Not network idle: a 500 ms quiet spell that a
    /// busy CI machine once never granted in 30 s.)
    /// </summary>
    private static async Task EveryFrameLoaded(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            await frame.WaitForLoadStateAsync(LoadState.Load, new FrameWaitForLoadStateOptions { Timeout = 20000 });
        }
    }

    private static List<string> Watch(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(m.Text);
            }
        };
        page.AddInitScriptAsync("window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));")
            .GetAwaiter().GetResult();
        return errors;
    }
}
