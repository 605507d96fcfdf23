using System.Net;
using System.Text.Json;
using AngleSharp;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class OEmbedTests(SiteFixture site)
{
    private string Origin => site.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task PublicPagesAnnounceTheirOEmbedEndpointInTheHead()
    {
        var (_, page) = await site.GetPageAsync("/");

        var link = page.Head!.QuerySelector("link[rel=alternate][type='application/json+oembed']");
        Assert.NotNull(link);
        Assert.Equal($"{Origin}/oembed?url={Uri.EscapeDataString(Origin + "/")}&format=json", link.GetAttribute("href"));
        var response = await site.Client.GetAsync(new Uri(link.GetAttribute("href")!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task APastedClaimUrlBecomesARichEmbedWithATitledIframe()
    {
        var url = $"{Origin}/claims/putin-first-visit-since-2000";

        var json = await GetJsonAsync($"/oembed?url={Uri.EscapeDataString(url)}&format=json&maxwidth=500&maxheight=300");

        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal("1.0", json.GetProperty("version").GetString());
        Assert.Equal("NewsTreaty", json.GetProperty("provider_name").GetString());
        Assert.Equal(Origin + "/", json.GetProperty("provider_url").GetString());
        Assert.Equal(500, json.GetProperty("width").GetInt32());
        Assert.Equal(300, json.GetProperty("height").GetInt32());
        Assert.Contains("first visit", json.GetProperty("title").GetString(), StringComparison.Ordinal);

        var fragment = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(json.GetProperty("html").GetString()!));
        var frame = fragment.QuerySelector("iframe")!;
        Assert.Equal($"{Origin}/embed/claims/putin-first-visit-since-2000", frame.GetAttribute("src"));
        Assert.Contains("first visit", frame.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal($"{Origin}/embed.js", fragment.QuerySelector("script")!.GetAttribute("src"));
    }

    [Fact]
    public async Task AWidgetUrlKeepsItsOptionsInTheEmbed()
    {
        var url = $"{Origin}/embed/coverage/putin-visit-pyongyang-2000?theme=dark&compact=1";

        var json = await GetJsonAsync($"/oembed?url={Uri.EscapeDataString(url)}");

        Assert.Contains($"src=\"{Origin}/embed/coverage/putin-visit-pyongyang-2000?theme=dark&amp;compact=1\"", json.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://elsewhere.example/claims/putin-first-visit-since-2000")]
    [InlineData("{origin}/claims/no-such-claim")]
    [InlineData("{origin}/swagger")]
    [InlineData("not a url")]
    public async Task UrlsItDoesNotKnowAreA404Problem(string url)
    {
        var response = await site.Client.GetAsync(new Uri($"/oembed?format=json&url={Uri.EscapeDataString(url.Replace("{origin}", Origin, StringComparison.Ordinal))}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/claims/putin-first-visit-since-2000")]
    [InlineData("/events/putin-visit-pyongyang-2000")]
    [InlineData("/actors/kim-jong-un")]
    public async Task DiscoveryTagsAreWrittenByteForByteSoWordPressFindsThem(string path)
    {
        var html = await site.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        var href = $"{Origin}/oembed?url={Uri.EscapeDataString(Origin + path)}";

        Assert.Contains($"""<link rel="alternate" type="application/json+oembed" href="{href}&amp;format=json" """, html, StringComparison.Ordinal);
        Assert.Contains($"""<link rel="alternate" type="text/xml+oembed" href="{href}&amp;format=xml" """, html, StringComparison.Ordinal);
        Assert.Equal(href + "&format=json", WordPress.WordPressOEmbed.Discover(html));
    }

    [Theory]
    [InlineData("maxwidth=abc", "maxwidth")]
    [InlineData("maxwidth=1.5", "maxwidth")]
    [InlineData("maxwidth=-5", "maxwidth")]
    [InlineData("maxwidth=%D9%A5%D9%A0%D9%A0", "maxwidth")] // Arabic-Indic digits
    [InlineData("maxwidth=%EF%BC%95%EF%BC%90%EF%BC%90", "maxwidth")] // full-width digits
    [InlineData("maxwidth=0", "maxwidth")]
    [InlineData("maxwidth=1", "maxwidth")]
    [InlineData("maxheight=-5", "maxheight")]
    [InlineData("maxheight=50", "maxheight")]
    [InlineData("maxwidth=500&maxwidth=600", "maxwidth")]
    public async Task BadSizesAre400ProblemsNamingTheParameter(string parameters, string field)
    {
        var response = await site.Client.GetAsync(new Uri($"/oembed?url={Uri.EscapeDataString(Origin + "/")}&{parameters}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://newstreaty.dev/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AMissingUrlIsA400()
    {
        var response = await site.Client.GetAsync(new Uri("/oembed?format=json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("maxwidth=99999999999&maxheight=99999999999", 1200, 420)]
    [InlineData("maxwidth=200&maxheight=120", 200, 120)]
    [InlineData("maxwidth=5000", 1200, 420)]
    [InlineData("", 640, 420)]
    [InlineData("maxwidth=300&maxheight=1000", 300, 420)]
    public async Task SizesNeverExceedWhatWasAskedNorWhatTheWidgetNeeds(string parameters, int width, int height)
    {
        var json = await GetJsonAsync($"/oembed?url={Uri.EscapeDataString(Origin + "/claims/putin-first-visit-since-2000")}&{parameters}");

        Assert.Equal(width, json.GetProperty("width").GetInt32());
        Assert.Equal(height, json.GetProperty("height").GetInt32());
        Assert.Contains($"""width="{width}" height="{height}" """, json.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("json")]
    [InlineData("JSON")]
    [InlineData("Json")]
    public async Task FormatIsCaseInsensitiveAndEmptyMeansJson(string format)
    {
        var json = await GetJsonAsync($"/oembed?url={Uri.EscapeDataString(Origin + "/")}&format={format}");

        Assert.Equal("rich", json.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("XML")]
    public async Task XmlIsServedAsTheSpecDescribes(string format)
    {
        var response = await site.Client.GetAsync(new Uri($"/oembed?url={Uri.EscapeDataString(Origin + "/actors/kim-jong-un")}&format={format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("oembed", xml.Root!.Name.LocalName);
        Assert.Equal("rich", xml.Root.Element("type")!.Value);
        Assert.Contains("<iframe", xml.Root.Element("html")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatIsTheSpecs501AsAProblem()
    {
        var response = await site.Client.GetAsync(new Uri($"/oembed?url={Uri.EscapeDataString(Origin + "/")}&format=yaml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ResponsesAreCacheableAndRevalidateByETag()
    {
        var path = $"/oembed?url={Uri.EscapeDataString(Origin + "/events/putin-visit-pyongyang-2000")}";
        var first = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await site.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task TheHtmlPutsALinkedBlockquoteBeforeTheIframeAndWordPressKeepsBoth()
    {
        var json = await GetJsonAsync($"/oembed?url={Uri.EscapeDataString(Origin + "/events/putin-visit-pyongyang-2000")}");
        var html = json.GetProperty("html").GetString()!;
        var fragment = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        var quote = fragment.Body!.FirstElementChild!;
        Assert.Equal("BLOCKQUOTE", quote.TagName);
        Assert.Equal($"{Origin}/events/putin-visit-pyongyang-2000", quote.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("IFRAME", quote.NextElementSibling!.TagName);

        var stored = WordPress.WordPressOEmbed.Filter(html, "abc123DEF4");
        Assert.NotNull(stored);
        Assert.StartsWith("<blockquote class=\"wp-embedded-content\" data-secret=\"abc123DEF4\"><a href=", stored, StringComparison.Ordinal);
        Assert.Contains($"src=\"{Origin}/embed/events/putin-visit-pyongyang-2000#?secret=abc123DEF4\"", stored, StringComparison.Ordinal);
        Assert.True(WordPress.WordPressOEmbed.LoadsResizer(stored));
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
