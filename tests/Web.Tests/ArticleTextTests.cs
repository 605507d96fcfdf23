using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Web.Tests;

/// <summary>Stored article text is untrusted: it is highlighted by offsets and every piece is encoded.</summary>
public sealed class ArticleTextTests : IAsyncLifetime
{
    private const string Quote = "<script>alert('pwned')</script> the pact & \"mutual aid\"";
    private const string Text = "Officials said " + Quote + " binds both sides. Vladimir Putin signed it.\n\n"
        + "A second paragraph <img src=x onerror=alert(1)> closes the piece.";

    private readonly SiteFixture _site = new();

    public async Task InitializeAsync()
    {
        await _site.InitializeAsync();
        await _site.Factory.WithDbAsync(async db =>
        {
            var outlet = new Outlet("hostile-gazette", "Hostile Gazette", "ZZ", OutletKind.Newspaper, false, null);
            var article = new Article("hostile-text", outlet, "A headline <i>with</i> tags", Genre.News,
                new Publication(PartialDate.Parse("2024-06-21"), null, null, DateBasis.Stated, null));
            article.SetText(Text);
            db.AddRange(outlet, article);
            var putin = await db.Actors.SingleAsync(a => a.Slug == "vladimir-putin");
            var claim = new Claim("hostile-claim", "<b>Both</b> sides are bound", ClaimKind.ReportedSpeech, putin, null, Hedging.Asserted);
            claim.AddAppearance(article, Quote, Text.IndexOf(Quote, StringComparison.Ordinal), Text.IndexOf(Quote, StringComparison.Ordinal) + Quote.Length, AppearanceRole.Reports);
            claim.ReplaceSubjects([putin]);
            db.Add(claim);
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task HostileTextIsEncodedAndClaimsAndActorsAreHighlightedInPlace()
    {
        var raw = await _site.Client.GetStringAsync(new Uri("/articles/hostile-text", UriKind.Relative));
        var (_, page) = await _site.GetPageAsync("/articles/hostile-text");

        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>with</i>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main img, main i"));

        var paragraphs = page.QuerySelectorAll(".article-text p");
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(Text.Replace("\n\n", "", StringComparison.Ordinal), string.Concat(paragraphs.Select(p => p.TextContent)));
        var claim = page.QuerySelector(".article-text a.hl-claim")!;
        Assert.Equal("/claims/hostile-claim", claim.GetAttribute("href"));
        Assert.StartsWith("quote-", claim.Id, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("ol.article-claims li#claim-hostile-claim"));
        Assert.Equal(Quote, claim.TextContent);
        var actor = page.QuerySelector(".article-text a.hl-actor")!;
        Assert.Equal("/actors/vladimir-putin", actor.GetAttribute("href"));
        Assert.Equal("Vladimir Putin", actor.TextContent);
    }

    [Fact]
    public async Task TheClaimPageLinksItsQuotationToThePlaceInTheArticle()
    {
        var raw = await _site.Client.GetStringAsync(new Uri("/claims/hostile-claim", UriKind.Relative));
        var (_, page) = await _site.GetPageAsync("/claims/hostile-claim");

        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Both</b>", raw, StringComparison.Ordinal);
        Assert.Equal("<b>Both</b> sides are bound", page.QuerySelector("h1")!.TextContent);
        var place = page.QuerySelector("li.appearance .quote-links a[href^='/articles/']")!.GetAttribute("href")!;
        var (_, article) = await _site.GetPageAsync("/articles/hostile-text");
        Assert.StartsWith("/articles/hostile-text#quote-", place, StringComparison.Ordinal);
        Assert.Equal("/claims/hostile-claim", article.GetElementById(place.Split('#')[1])!.GetAttribute("href"));
    }
}
