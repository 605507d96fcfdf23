using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// samples/cms-page.html served from a second origin, as a publisher's CMS would: every widget, embedded three
/// ways, must render, take its content's height where it can resize, and stay inside its box.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CmsPageBrowserTests(SiteFixture site) : IAsyncLifetime
{
    private SecondOrigin _cms = null!;
    private string _cmsAddress = "";

    public async Task InitializeAsync()
    {
        var html = (await File.ReadAllTextAsync(Path.Combine(SecondOrigin.RepositoryRoot(), "samples", "cms-page.html")))
            .Replace("NEWSTREATY_ORIGIN", site.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        _cms = await SecondOrigin.StartAsync(app => app.MapGet("/article", () => Results.Content(html, "text/html")));
        _cmsAddress = _cms.Address;
        Assert.NotEqual(new Uri(_cmsAddress).GetLeftPart(UriPartial.Authority), site.BaseAddress.GetLeftPart(UriPartial.Authority));
    }

    public async Task DisposeAsync() => await _cms.DisposeAsync();

    [SkippableFact]
    public async Task EveryWidgetRendersResizesToItsContentAndStaysInsideItsBox()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        await page.GotoAsync(_cmsAddress + "/article");

        var boxes = page.Locator("figure.embed");
        Assert.Equal(15, await boxes.CountAsync());
        for (var i = 0; i < 15; i++)
        {
            var box = boxes.Nth(i);
            var name = $"{await box.GetAttributeAsync("data-widget")} ({await box.GetAttributeAsync("data-way")})";
            await box.ScrollIntoViewIfNeededAsync();
            var frame = box.Locator("iframe");
            Assert.False(string.IsNullOrWhiteSpace(await frame.GetAttributeAsync("title")), $"{name}: iframe without a title");
            var content = page.FrameLocator($"figure.embed >> nth={i} >> iframe");
            await content.Locator("main h1").WaitForAsync(new LocatorWaitForOptions { Timeout = 15000 });

            if (await box.GetAttributeAsync("data-way") != "iframe")
            {
                // The loader sets the height the widget reports; wait until it matches the widget's own document.
                var handle = await frame.ElementHandleAsync();
                var inner = await handle.ContentFrameAsync();
                await page.WaitForFunctionAsync(
                    "([f, h]) => Math.abs(f.getBoundingClientRect().height - h) <= 1",
                    new object[] { handle, await inner!.EvaluateAsync<double>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)") },
                    new PageWaitForFunctionOptions { Timeout = 10000 });
                var height = (await frame.BoundingBoxAsync())!.Height;
                Assert.True(Math.Abs(height - 150) > 1, $"{name}: still the default 150px");
                var initial = await box.Locator("[data-height]").Or(box.Locator("iframe[height]")).First.EvaluateAsync<double>("e => +(e.dataset.height || e.getAttribute('height'))");
                Assert.True(Math.Abs(height - initial) > 1, $"{name}: still the initial {initial}px");
            }

            var outer = (await box.BoundingBoxAsync())!;
            var inside = (await frame.BoundingBoxAsync())!;
            Assert.True(inside.X >= outer.X - 0.5 && inside.X + inside.Width <= outer.X + outer.Width + 0.5, $"{name}: iframe wider than its box");
            var overflow = await content.Locator("html").EvaluateAsync<double>("e => e.scrollWidth - e.clientWidth");
            Assert.True(overflow <= 0, $"{name}: widget content is {overflow}px wider than its frame");
        }
    }

    [SkippableFact]
    public async Task TheLoaderIgnoresMessagesFromOtherOriginsOtherFramesAndOfAnyOtherShape()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        await page.GotoAsync(_cmsAddress + "/article");
        var claim = page.Locator("figure[data-widget=claim][data-way=loader] iframe");
        var actor = page.Locator("figure[data-widget=actor][data-way=loader] iframe");
        await claim.ScrollIntoViewIfNeededAsync();
        await page.FrameLocator("figure[data-widget=claim][data-way=loader] iframe").Locator("main h1").WaitForAsync();
        var claimId = await claim.GetAttributeAsync("data-nt-id");
        var actorId = await actor.GetAttributeAsync("data-nt-id");
        var inner = (await (await claim.ElementHandleAsync()).ContentFrameAsync())!;
        var before = await Height(claim);
        // Record every height the loader gives the claim's frame, so a message obeyed and then undone is seen too.
        await claim.EvaluateAsync("""
            f => {
              window.appliedHeights = [];
              new MutationObserver(() => window.appliedHeights.push(f.style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
            }
            """);

        // The host page itself (the wrong origin) claiming to be the widget.
        await page.EvaluateAsync("id => window.postMessage({ type: 'newstreaty:height', id, height: 901 }, '*')", claimId);
        // The widget's origin, but not the expected shape, or naming another frame.
        string[] malformed =
        [
            "id => parent.postMessage({ type: 'newstreaty:height', id, height: 902, extra: true }, '*')",
            "id => parent.postMessage({ type: 'newstreaty:height', id, height: '903' }, '*')",
            "id => parent.postMessage({ type: 'newstreaty:resize', id, height: 904 }, '*')",
            "id => parent.postMessage({ type: 'newstreaty:height', id, height: Infinity }, '*')",
            "id => parent.postMessage(JSON.stringify({ type: 'newstreaty:height', id, height: 905 }), '*')",
        ];
        foreach (var script in malformed)
        {
            await inner.EvaluateAsync(script, claimId);
        }

        await inner.EvaluateAsync("id => parent.postMessage({ type: 'newstreaty:height', id, height: 906 }, '*')", actorId);

        // The same channel with the right origin, frame and shape is obeyed: the checks above are what held.
        await inner.EvaluateAsync("id => parent.postMessage({ type: 'newstreaty:height', id, height: 907 }, '*')", claimId);
        await page.WaitForFunctionAsync("() => document.querySelector('figure[data-widget=claim][data-way=loader] iframe').style.height === '907px'");
        // Messages reach the page in the order they were sent, so by now every one before 907 has been handled: none moved the frame.
        var applied = await page.EvaluateAsync<string[]>("() => window.appliedHeights");
        Assert.Equal("907px", applied[^1]);
        Assert.All(applied, h => Assert.Contains(h, new[] { before, "907px" }));
    }

    [SkippableFact]
    public async Task OpeningTheEvidenceGrowsTheEmbeddingIframe()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        await page.GotoAsync(_cmsAddress + "/article");
        const string selector = "figure[data-widget=claim][data-way=loader] iframe";
        var frame = page.Locator(selector);
        await frame.ScrollIntoViewIfNeededAsync();
        var inner = page.FrameLocator(selector);
        await inner.Locator("main h1").WaitForAsync();
        await page.WaitForFunctionAsync($"() => parseFloat(document.querySelector('{selector}').style.height) > 200");
        var closed = (await frame.BoundingBoxAsync())!.Height;

        await inner.Locator("details summary").ClickAsync();

        await page.WaitForFunctionAsync($"() => parseFloat(document.querySelector('{selector}').style.height) > {closed + 40}");
        var hidden = await inner.Locator("html").EvaluateAsync<double>("e => e.scrollHeight - e.clientHeight");
        Assert.True(hidden <= 1, $"{hidden}px of the opened widget scroll inside its iframe instead of the iframe growing");
    }

    private static async Task<string> Height(ILocator frame) => await frame.EvaluateAsync<string>("f => f.style.height");
}
