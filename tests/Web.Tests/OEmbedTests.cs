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

    [Fact]
    public async Task XmlIsNotImplemented()
    {
        var url = Uri.EscapeDataString($"{Origin}/");
        var response = await site.Client.GetAsync(new Uri($"/oembed?url={url}&format=xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
