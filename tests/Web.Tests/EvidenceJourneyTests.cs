using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// A reader follows a claim from the timeline to its evidence: the event's slide, the event page, the claim, the
/// quotation in its sentence, the place in the article, and the publisher. The article is one we wrote, with stored text.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EvidenceJourneyTests : IAsyncLifetime
{
    private const string Event = "comprehensive-strategic-partnership-treaty-signed";
    private const string Quote = "a breakthrough document";
    private const string Publisher = "https://example.org/news/nine-hours-in-pyongyang";
    private const string Text = "Pyongyang, 19 June. The two leaders met for nearly nine hours.\n\n"
        + "Officials said the pact binds both sides. The president called it " + Quote + " and said it lifts relations to a new level. "
        + "Analysts in Seoul were less impressed.\n\nThe last such visit came in 2000.";

    private readonly SiteFixture _site = new();

    public async Task InitializeAsync()
    {
        await _site.InitializeAsync();
        await _site.Factory.WithDbAsync(async db =>
        {
            var outlet = new Outlet("evidence-gazette", "Evidence Gazette", "GB", OutletKind.Newspaper, false, "https://example.org");
            var article = new Article("nine-hours-in-pyongyang", outlet, "Nine hours in Pyongyang", Genre.News,
                new Publication(PartialDate.Parse("2024-06-20"), null, null, DateBasis.Stated, null));
            article.Describe("Nine hours in Pyongyang", null, null, null, Genre.News, null, null, "en", Publisher, null);
            article.SetText(Text);
            db.AddRange(outlet, article);
            var putin = await db.Actors.SingleAsync(a => a.Slug == "vladimir-putin");
            var claim = new Claim("pact-a-breakthrough-document", "Putin called the 2024 pact a breakthrough document.", ClaimKind.ReportedSpeech, putin, null, Hedging.Asserted);
            var start = Text.IndexOf(Quote, StringComparison.Ordinal);
            claim.AddAppearance(article, Quote, start, start + Quote.Length, AppearanceRole.Reports);
            claim.ReplaceSubjects([putin]);
            claim.ReplaceEvents([await db.Events.SingleAsync(e => e.Slug == Event)]);
            db.Add(claim);
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _site.DisposeAsync();

    [SkippableTheory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task FromTheTimelineToTheQuotationInContextAndThePublisher(int width, int height)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(new Uri(_site.BaseAddress, "/").ToString());

        await page.Locator($".tl-mark[data-slug='{Event}'] .tl-label").ClickAsync();
        // The slide is fetched: on a loaded shared machine that takes longer than Playwright's 5 s default.
        await Assertions.Expect(page.Locator("#detail h2")).ToHaveTextAsync("Comprehensive Strategic Partnership Treaty signed", new() { Timeout = 30_000 });
        await page.Locator($"#detail a[href='/events/{Event}']").ClickAsync();
        await page.WaitForParsedAsync($"**/events/{Event}");

        await page.Locator("a[href='/claims/pact-a-breakthrough-document']").First.ClickAsync();
        await page.WaitForParsedAsync("**/claims/pact-a-breakthrough-document");

        // The quotation stands in its sentence, with outlet, date and the publisher; no character offsets.
        var evidence = page.Locator("li.appearance figure.quotation").First;
        Assert.Equal("The president called it a breakthrough document and said it lifts relations to a new level.",
            (await evidence.Locator("blockquote.in-context").InnerTextAsync()).Trim());
        Assert.Equal(Quote, await evidence.Locator("blockquote mark").InnerTextAsync());
        var caption = await evidence.Locator("figcaption").InnerTextAsync();
        Assert.Contains("Evidence Gazette", caption, StringComparison.Ordinal);
        Assert.Contains("2024", caption, StringComparison.Ordinal);
        Assert.DoesNotContain("characters", await page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Publisher, await evidence.Locator("a[rel~=external]").GetAttributeAsync("href"));

        // "Paragraph 2 of 3" opens the article at the highlighted quotation, which links back to the claim.
        await evidence.Locator("a[href^='/articles/nine-hours-in-pyongyang#quote-']").ClickAsync();
        await page.WaitForParsedAsync("**/articles/nine-hours-in-pyongyang#quote-*");
        var target = page.Locator(":target");
        await Assertions.Expect(target).ToHaveTextAsync(Quote);
        await Assertions.Expect(target).ToBeInViewportAsync();
        Assert.Equal("/claims/pact-a-breakthrough-document", await target.GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator("#claim-pact-a-breakthrough-document").CountAsync());
        Assert.Equal(Publisher, await page.Locator(".facts a[rel~=external]").GetAttributeAsync("href"));
    }
}
