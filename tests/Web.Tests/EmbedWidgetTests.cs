using System.Net;
using System.Net.Http.Headers;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class EmbedWidgetTests(SiteFixture site)
{
    public static TheoryData<string, string> Widgets => new()
    {
        { "/embed/timeline", "Timeline" },
        { "/embed/events/putin-visit-pyongyang-2000", "Putin" },
        { "/embed/claims/putin-first-visit-since-2000", "first visit" },
        { "/embed/actors/vladimir-putin", "Vladimir Putin" },
        { "/embed/coverage/putin-visit-pyongyang-2000", "The Straits Times" },
    };

    [Theory]
    [MemberData(nameof(Widgets))]
    public async Task EachWidgetIsAWholeServerRenderedDocumentWithOnlyOurOwnStyleAndScript(string path, string expected)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".site-header"));
        Assert.Empty(page.QuerySelectorAll("form"));
        Assert.Equal(["/embed/widget.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Equal(["/embed/widget.css"], page.QuerySelectorAll("link[rel=stylesheet]").Select(s => s.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.NotNull(page.QuerySelector("main h1"));
    }

    [Theory]
    [MemberData(nameof(Widgets))]
    public async Task WidgetsAreCacheableByACdnAndNeverSetACookie(string path, string expected)
    {
        _ = expected;
        var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.False(response.Headers.Contains("Set-Cookie"));
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.True(cache.SharedMaxAge > TimeSpan.Zero);
        Assert.Contains(cache.Extensions, e => e.Name == "stale-while-revalidate" && int.Parse(e.Value!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Empty(response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors *", csp, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var revalidated = await site.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/embed/claims/putin-first-visit-since-2000")]
    [InlineData("/embed/timeline")]
    [InlineData("/embed/events/putin-visit-pyongyang-2000")]
    [InlineData("/embed/widget.css")]
    public async Task HeadAnswersWithTheHeadersOfGet(string path)
    {
        var get = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        var head = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.True(get.Content.Headers.ContentLength > 0);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task TheAppsOwnPagesMayBeFramedOnlyByThemselves()
    {
        var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.EndsWith("; frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OptionsFromTheQueryStringChangeTheLookAndHostileValuesAreIgnored()
    {
        var (_, styled) = await site.GetPageAsync("/embed/events/soviet-dprk-treaty-1961?theme=dark&accent=%232a7ab0&compact=1&lang=ru");
        var html = styled.DocumentElement;
        Assert.Equal("theme-dark compact", html.GetAttribute("class"));
        Assert.Equal("ru", html.GetAttribute("lang"));
        Assert.Equal("/embed/accent.css?c=2a7ab0", styled.QuerySelector("link[href^='/embed/accent.css']")?.GetAttribute("href"));
        Assert.Null(styled.QuerySelector(".nt-summary"));
        Assert.Contains("Участники", styled.Body!.TextContent, StringComparison.Ordinal);

        var (_, hostile) = await site.GetPageAsync("/embed/events/soviet-dprk-treaty-1961?theme=%22%3E%3Cscript%3E&accent=red;}body{x&lang=%3Cb%3E");
        Assert.Equal("theme-auto", hostile.DocumentElement.GetAttribute("class"));
        Assert.Equal("en", hostile.DocumentElement.GetAttribute("lang"));
        Assert.Null(hostile.QuerySelector("link[href^='/embed/accent.css']"));

        var css = await site.Client.GetStringAsync(new Uri("/embed/accent.css?c=2a7ab0", UriKind.Relative));
        Assert.Equal(":root{--nt-accent:#2a7ab0}", css.Trim());
        Assert.Equal("", await site.Client.GetStringAsync(new Uri("/embed/accent.css?c=red;}*{x", UriKind.Relative)));
    }

    [Fact]
    public async Task TheTimelineWidgetShowsADateRangeOrOneActorsEvents()
    {
        var (_, range) = await site.GetPageAsync("/embed/timeline?from=2000&to=2000");
        var years = range.QuerySelectorAll(".nt-tl time").Select(t => t.GetAttribute("datetime")![..4]).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.Equal("2000", y));

        var (_, whole) = await site.GetPageAsync("/embed/timeline");
        var (_, putin) = await site.GetPageAsync("/embed/timeline?actor=vladimir-putin");
        var putinEvents = putin.QuerySelectorAll(".nt-tl li").Length;
        Assert.InRange(putinEvents, 1, whole.QuerySelectorAll(".nt-tl li").Length - 1);
        Assert.Contains("Vladimir Putin", putin.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var (badRange, _) = await site.GetPageAsync("/embed/timeline?from=sometime");
        Assert.Equal(HttpStatusCode.BadRequest, badRange.StatusCode);
        var (nobody, _) = await site.GetPageAsync("/embed/timeline?actor=nobody-at-all");
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }

    [Fact]
    public async Task AnUnknownRecordIsAWidgetSized404NotTheSitesNotFoundPage()
    {
        var (response, page) = await site.GetPageAsync("/embed/claims/no-such-claim");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-claim", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".site-header"));
        Assert.NotNull(response.Headers.CacheControl);
    }

    [Fact]
    public async Task APinnedVersionShowsThatRevisionOrSaysClearlyThatItIsNotAvailable()
    {
        var revision = await site.Factory.WithDbAsync(db => Task.FromResult(db.Claims.Single(c => c.Slug == "putin-first-visit-since-2000").Revision));

        var (current, currentPage) = await site.GetPageAsync($"/embed/claims/putin-first-visit-since-2000?v={revision}");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.NotNull(currentPage.QuerySelector("blockquote"));
        Assert.True(current.Headers.CacheControl!.SharedMaxAge > TimeSpan.FromDays(1), "a pinned revision never changes");

        var (live, _) = await site.GetPageAsync("/embed/claims/putin-first-visit-since-2000?v=live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        var (older, olderPage) = await site.GetPageAsync($"/embed/claims/putin-first-visit-since-2000?v={revision + 7}&theme=dark");
        Assert.Equal(HttpStatusCode.NotFound, older.StatusCode);
        Assert.Contains($"Revision {revision + 7} of this claim is not available", olderPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/embed/claims/putin-first-visit-since-2000?theme=dark", olderPage.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryWidgetStaysWithinItsWeightBudget()
    {
        var budgets = new Dictionary<string, int>
        {
            ["/embed/timeline"] = 30 * 1024,
            ["/embed/events/putin-visit-pyongyang-2000"] = 12 * 1024,
            ["/embed/claims/putin-first-visit-since-2000"] = 12 * 1024,
            ["/embed/actors/vladimir-putin"] = 12 * 1024,
            ["/embed/coverage/putin-visit-pyongyang-2000"] = 12 * 1024,
        };
        var assets = await Gzipped("/embed/widget.css") + await Gzipped("/embed/widget.js");

        foreach (var (path, budget) in budgets)
        {
            var total = await Gzipped(path) + assets;
            Assert.True(total <= budget, $"{path}: {total} bytes gzipped, budget {budget}");
        }

        Assert.True(await Gzipped("/embed.js") <= 3 * 1024, "the loader script is over 3 KB gzipped");
    }

    private async Task<int> Gzipped(string path)
    {
        var bytes = await site.Client.GetByteArrayAsync(new Uri(path, UriKind.Relative));
        using var output = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(bytes);
        }

        return (int)output.Length;
    }
}
