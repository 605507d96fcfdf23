using System.Globalization;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>The review buttons' colours in real Chromium: a matter of style sheets, so over SQLite only.</summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReviewButtonContrastTests(EditorFixture site)
{
    /// <summary>
    /// The WCAG contrast ratio of an element's text against what is painted behind it: its own background and its
    /// ancestors', composited (a translucent key cap over a filled button over the page).
    /// </summary>
    private const string ContrastScript = """
        element => {
          const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return [0, 0, 0, 0]; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
          const over = (top, below) => { const a = top[3] + below[3] * (1 - top[3]); if (a === 0) return [0, 0, 0, 0]; return [0, 1, 2].map(i => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a).concat([a]); };
          const layers = [];
          for (let e = element; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
          let behind = [255, 255, 255, 1];
          for (const layer of layers.reverse()) behind = over(layer, behind);
          const text = over(parse(getComputedStyle(element).color), behind);
          const lum = (c) => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const [l1, l2] = [lum(text), lum(behind)].sort((a, b) => b - a);
          return (l1 + 0.05) / (l2 + 0.05);
        }
        """;

    [SkippableFact]
    public async Task TheReviewButtonsAndTheirKeyHintsAreLegibleInLightAndDarkAtDeskAndPhoneWidths()
    {
        var id = await ScriptedIngestion.StoreAsync(site.Factory.Services, "seventeen", "guardian");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await ReviewQueueJourneyTests.OpenAsync(site, browser, id);
        await page.Locator(".proposal-row .proposal-item").First.ClickAsync();
        var hints = page.Locator(".proposal-actions button kbd");
        await Assertions.Expect(page.Locator($".proposal-actions button:has-text('Accept') kbd")).Not.ToHaveCountAsync(0);
        var count = await hints.CountAsync();
        // NEWSTREATY_SCREENSHOTS=folder keeps the four screenshots, to look at.
        var folder = Environment.GetEnvironmentVariable("NEWSTREATY_SCREENSHOTS");

        foreach (var (scheme, background) in new[] { (ColorScheme.Light, "rgb(251, 250, 247)"), (ColorScheme.Dark, "rgb(20, 20, 22)") })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            // The theme follows the system's scheme through the circuit: wait until the page is painted in it.
            await page.WaitForFunctionAsync("bg => getComputedStyle(document.body).backgroundColor === bg", background);
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, 900);
                for (var i = 0; i < count; i++)
                {
                    var ratio = await hints.Nth(i).EvaluateAsync<double>(ContrastScript);
                    var key = await hints.Nth(i).InnerTextAsync();
                    Assert.True(ratio >= 4.5, string.Create(CultureInfo.InvariantCulture, $"key hint '{key}' at {width} px, {scheme}: contrast {ratio:F2} < 4.5"));
                }

                var accept = page.Locator(".proposal-actions button.mud-button-filled .mud-button-label").First;
                var label = await accept.EvaluateAsync<double>(ContrastScript);
                Assert.True(label >= 4.5, string.Create(CultureInfo.InvariantCulture, $"the Accept button's own text at {width} px, {scheme}: contrast {label:F2} < 4.5"));

                if (folder is { Length: > 0 })
                {
                    await page.Locator(".proposal-actions").First.ScrollIntoViewIfNeededAsync();
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"review-{scheme.ToString().ToLowerInvariant()}-{width}.png") });
                }
            }
        }
    }
}
