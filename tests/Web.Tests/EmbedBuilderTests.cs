using System.Net;
using AngleSharp;

namespace NewsTreaty.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class EmbedBuilderTests(SiteFixture site)
{
    [Theory]
    [InlineData("/", "/embed-builder?kind=timeline")]
    [InlineData("/events/soviet-dprk-treaty-1961", "/embed-builder?kind=event&key=soviet-dprk-treaty-1961")]
    [InlineData("/claims/putin-first-visit-since-2000", "/embed-builder?kind=claim&key=putin-first-visit-since-2000")]
    [InlineData("/actors/kim-jong-un", "/embed-builder?kind=actor&key=kim-jong-un")]
    public async Task EveryTimelineEventClaimAndActorPageOffersAnEmbedButtonForItself(string path, string builder)
    {
        var (_, page) = await site.GetPageAsync(path);

        var buttons = page.QuerySelectorAll("a.embed-button").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(builder, buttons);
        Assert.Equal(buttons.Count, page.QuerySelectorAll("a.embed-button[aria-label^='Embed ']").Length);
    }

    [Fact]
    public async Task TheGeneratorShowsALivePreviewAndThreeSnippetsThatWork()
    {
        var (response, page) = await site.GetPageAsync("/embed-builder?kind=claim&key=putin-first-visit-since-2000&theme=dark&accent=2a7ab0");
        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        var widget = $"{origin}/embed/claims/putin-first-visit-since-2000?theme=dark&accent=2a7ab0";

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(widget, page.QuerySelector(".embed-preview [data-newstreaty]")!.GetAttribute("data-newstreaty"));
        var snippets = page.QuerySelectorAll(".embed-snippets pre").Select(p => p.TextContent).ToList();
        Assert.Equal(3, snippets.Count);

        var parser = BrowsingContext.New(Configuration.Default);
        var loader = await parser.OpenAsync(r => r.Content(snippets[0]));
        Assert.Equal(widget, loader.QuerySelector("div[data-newstreaty]")!.GetAttribute("data-newstreaty"));
        Assert.Equal($"{origin}/embed.js", loader.QuerySelector("script")!.GetAttribute("src"));
        var iframe = (await parser.OpenAsync(r => r.Content(snippets[1]))).QuerySelector("iframe")!;
        Assert.Equal(widget, iframe.GetAttribute("src"));
        Assert.Contains("first visit", iframe.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal(widget, snippets[2]);

        var embedded = await site.Client.GetAsync(new Uri(widget));
        Assert.Equal(HttpStatusCode.OK, embedded.StatusCode);
    }

    [Fact]
    public async Task AnUnknownRecordInTheGeneratorSaysWhatToChooseInsteadOfShowingBrokenSnippets()
    {
        var (response, page) = await site.GetPageAsync("/embed-builder?kind=actor&key=nobody-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".embed-snippets"));
        Assert.NotNull(page.QuerySelector("[role=status]"));
    }
}
