using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests.WordPress;

/// <summary>
/// A pasted NewsTreaty URL through WordPress's discovery and filtering (re-implemented in <see cref="WordPressOEmbed"/>),
/// then the stored html in Chromium: the widget renders inside sandbox="allow-scripts", WordPress's resizer shows
/// and sizes it from the widget's {message: "height"} message, and its links navigate the post's page.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WordPressEmbedBrowserTests(SiteFixture site) : IAsyncLifetime
{
    private SecondOrigin _wordpress = null!;
    private string _html = "";

    public async Task InitializeAsync() =>
        _wordpress = await SecondOrigin.StartAsync(app => WordPressHost.MapPost(app, () => _html, WordPressHost.Receiver));

    public async Task DisposeAsync() => await _wordpress.DisposeAsync();

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/claims/putin-first-visit-since-2000")]
    [InlineData("/events/putin-visit-pyongyang-2000")]
    [InlineData("/actors/kim-jong-un")]
    public async Task APastedPageUrlEmbedsRendersAndResizesInsideWordPresssSandbox(string path)
    {
        _html = await EmbedAsWordPressWouldAsync(new Uri(site.BaseAddress, path).ToString());
        Assert.True(WordPressOEmbed.LoadsResizer(_html), "WordPress would not load its resizer for: " + _html);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var errors = new List<string>();
        await WordPressHost.OpenAsync(page, _wordpress.Address + "/post", errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [SkippableFact]
    public async Task ALinkInTheSandboxedWidgetOpensItsPageInThePost()
    {
        var url = new Uri(site.BaseAddress, "/claims/putin-first-visit-since-2000").ToString();
        _html = await EmbedAsWordPressWouldAsync(url);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        await WordPressHost.OpenAsync(page, _wordpress.Address + "/post", []);

        await page.FrameLocator("iframe.wp-embedded-content").Locator("main a[href='/claims/putin-first-visit-since-2000']").First.ClickAsync(); // the credit line's link goes to the home page

        await page.WaitForURLAsync(url, new PageWaitForURLOptions { Timeout = 10000 });
    }

    /// <summary>Discovery on the page, the oEmbed fetch with WordPress's default sizes, and wp_filter_oembed_result.</summary>
    private async Task<string> EmbedAsWordPressWouldAsync(string pageUrl)
    {
        var html = await site.Client.GetStringAsync(new Uri(pageUrl));
        var endpoint = WordPressOEmbed.Discover(html);
        Assert.NotNull(endpoint);
        var response = await site.Client.GetAsync(new Uri(endpoint + "&maxwidth=500&maxheight=750&dnt=1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("width").GetInt32() <= 500);
        Assert.True(json.GetProperty("height").GetInt32() <= 750);
        return WordPressOEmbed.Filter(json.GetProperty("html").GetString()!, "Zq8x3MwP4a") ?? throw new InvalidOperationException("WordPress would drop this embed: no iframe");
    }
}
