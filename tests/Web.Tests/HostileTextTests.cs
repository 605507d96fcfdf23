using System.Net;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// Stored text is untrusted: records carrying script tags, javascript: links, attribute breakouts and Unicode
/// direction overrides must reach widgets, oEmbed and the generator only as text. The host here also has
/// frame-ancestor allow-lists configured, as an operator would.
/// </summary>
public sealed class HostileTextTests(HostileTextTests.Host host) : IClassFixture<HostileTextTests.Host>
{
    private const string Script = "<script>alert('claim')</script>";
    private const string Breakout = "\"><img src=x onerror=alert(1)><a href='javascript:alert(2)'>";
    private const string JsLink = "javascript:alert(document.domain)//<a href=\"javascript:alert(3)\">x</a>";
    private const string Override = "\u202Eevil.exe\u202C outlet";

    public sealed class Host : IAsyncLifetime
    {
        private readonly TestDatabase _database = TestDatabase.NewSqlite();

        public NewsTreatyFactory Factory { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory = new NewsTreatyFactory(_database, new Dictionary<string, string?>
            {
                ["Embeds:FrameAncestors"] = "https://cms.example.org https://*.example.net",
                ["Embeds:AppFrameAncestors"] = "https://admin.example.org",
            });
            Client = Factory.CreateClient();
            await Factory.WithDbAsync(async db =>
            {
                await db.Claims.Where(c => c.Slug == "putin-first-visit-since-2000").ExecuteUpdateAsync(s => s.SetProperty(c => c.Text, Script));
                await db.Appearances.ExecuteUpdateAsync(s => s.SetProperty(a => a.Quote, Breakout));
                await db.Outlets.ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, Override));
                await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, Breakout));
                await db.Events.Where(e => e.Slug == "putin-visit-pyongyang-2000").ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.Title, JsLink).SetProperty(e => e.Summary, Script).SetProperty(e => e.Place, Breakout));
                return await db.Actors.Where(a => a.Slug == "vladimir-putin").ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Name, Override).SetProperty(a => a.Description, JsLink));
            });
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
            _database.Dispose();
        }
    }

    [Fact]
    public async Task TheClaimCardShowsHostileClaimAndQuotationTextOnlyAsText()
    {
        var page = await WidgetAsync("/embed/claims/putin-first-visit-since-2000");

        Assert.Equal(Script, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Breakout, page.QuerySelector("blockquote")!.TextContent);
        Assert.Equal(Override, page.QuerySelector("figcaption bdi")!.TextContent);
        Assert.All(page.QuerySelectorAll(".nt-evidence q"), q => Assert.Equal(Breakout, q.TextContent));
    }

    [Fact]
    public async Task TheEventCardAndCoverageStripShowHostileTitlesHeadlinesAndOutletsOnlyAsText()
    {
        var card = await WidgetAsync("/embed/events/putin-visit-pyongyang-2000");
        Assert.Equal(JsLink, card.QuerySelector("h1")!.TextContent);
        Assert.Equal(Script, card.QuerySelector(".nt-summary")!.TextContent);
        Assert.Equal(Breakout, card.QuerySelector(".nt-meta bdi")!.TextContent);

        var strip = await WidgetAsync("/embed/coverage/putin-visit-pyongyang-2000");
        Assert.All(strip.QuerySelectorAll(".nt-outlet"), o => Assert.Equal(Override, o.TextContent));
        Assert.All(strip.QuerySelectorAll(".nt-headline"), h => Assert.Equal(Breakout, h.TextContent));
    }

    [Fact]
    public async Task TheActorCardAndTimelineShowHostileNamesOnlyAsText()
    {
        var actor = await WidgetAsync("/embed/actors/vladimir-putin");
        Assert.Equal(Override, actor.QuerySelector("h1")!.TextContent);
        Assert.Equal(JsLink, actor.QuerySelector(".nt-summary")!.TextContent);

        var timeline = await WidgetAsync("/embed/timeline?actor=vladimir-putin");
        Assert.Contains(timeline.QuerySelectorAll(".nt-tl h2"), h => h.TextContent == JsLink);
        Assert.Contains(Override, timeline.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OEmbedHtmlCarriesAHostileTitleOnlyInsideAnEncodedAttribute()
    {
        var origin = host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var response = await host.Client.GetAsync(new Uri($"/oembed?url={Uri.EscapeDataString(origin + "/events/putin-visit-pyongyang-2000")}", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(JsLink, json.GetProperty("title").GetString());
        var fragment = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(json.GetProperty("html").GetString()!));
        Assert.Single(fragment.QuerySelectorAll("iframe"));
        Assert.Empty(fragment.QuerySelectorAll("img"));
        var fallback = Assert.Single(fragment.QuerySelectorAll("a"));
        Assert.Equal($"{origin}/events/putin-visit-pyongyang-2000", fallback.GetAttribute("href"));
        Assert.Equal(JsLink, fallback.TextContent);
        Assert.Equal($"{JsLink} (NewsTreaty)", fragment.QuerySelector("iframe")!.GetAttribute("title"));
        Assert.Equal([$"{origin}/embed.js"], fragment.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public async Task TheGeneratorsSnippetsKeepAHostileTitleInsideTheirAttributes()
    {
        var html = await host.Client.GetStringAsync(new Uri("/embed-builder?kind=claim&key=putin-first-visit-since-2000", UriKind.Relative));
        var parser = BrowsingContext.New(Configuration.Default);
        var page = await parser.OpenAsync(r => r.Content(html));
        AssertNoInjectedMarkup(page, allowedScripts: ["/embed.js", "/js/embed-builder.js"]);

        var iframe = await parser.OpenAsync(r => r.Content(page.QuerySelectorAll(".embed-snippets pre")[1].TextContent));
        Assert.Single(iframe.Body!.Children);
        Assert.Equal($"{Script} (NewsTreaty)", iframe.QuerySelector("iframe")!.GetAttribute("title"));
    }

    [Fact]
    public async Task FrameAncestorsComeFromTheConfiguredAllowLists()
    {
        var widget = await host.Client.GetAsync(new Uri("/embed/timeline", UriKind.Relative));
        Assert.EndsWith("frame-ancestors https://cms.example.org https://*.example.net",
            widget.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var app = await host.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.EndsWith("frame-ancestors 'self' https://admin.example.org", app.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private async Task<IDocument> WidgetAsync(string path)
    {
        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));
        AssertNoInjectedMarkup(page, allowedScripts: ["/embed/widget.js"]);
        return page;
    }

    private static void AssertNoInjectedMarkup(IDocument page, string[] allowedScripts)
    {
        Assert.Equal(allowedScripts, page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("img, svg"));
        var all = page.QuerySelectorAll("*");
        Assert.DoesNotContain(all, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(all, e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));

        // A direction override in stored text must not reverse the widget's own words around it.
        var overridden = all.Where(e => e.ChildNodes.OfType<IText>().Any(t => t.Data.Contains('\u202E', StringComparison.Ordinal)));
        Assert.All(overridden, e => Assert.True(
            e.Closest("bdi, [dir=auto]") is not null || (e.LocalName == "title" && e.TextContent.StartsWith('\u2068') && e.TextContent.Contains('\u2069', StringComparison.Ordinal)),
            $"<{e.LocalName}> shows an unisolated override"));
    }
}
