using System.Net;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>The article editor over real HTTP: saving keeps the text, dates and time zones checked beside their field, conflicts.</summary>
[Collection(EditorCollection.Name)]
public sealed class ArticleEditorTests(EditorFixture site)
{
    [Fact]
    public async Task SavingAnArticleKeepsItsTextRedirectsToItsPageAndTheHistoryNamesTheEditor()
    {
        var client = await site.SignedInAsync("ana");
        const string slug = "guardian-view-putin-kim-alarming-pact";
        var (_, before) = await GetAsync(client, "/articles/" + slug);
        Assert.Equal($"/editor/articles/{slug}/edit", before.QuerySelector(".edit-links a")?.GetAttribute("href"));
        var hadText = before.QuerySelector("h2#text") is not null;
        var (_, form) = await GetAsync(client, $"/editor/articles/{slug}/edit");

        var (saved, _) = await SubmitAsync(client, form, "article", $"/editor/articles/{slug}/edit",
            ("Input.Byline", "The <b>Guardian</b> view"), ("Input.PublishedTime", "18:30"), ("Input.PublishedTimeZone", "Europe/London"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/articles/" + slug, saved.Headers.Location?.AbsolutePath);
        var (_, reader) = await GetAsync(client, "/articles/" + slug);
        Assert.Contains(reader.QuerySelectorAll(".facts dd"), dd => dd.TextContent == "The <b>Guardian</b> view");
        Assert.Contains(reader.QuerySelectorAll(".facts dd"), dd => dd.TextContent.Contains("18:30 Europe/London", StringComparison.Ordinal));
        Assert.Equal(hadText, reader.QuerySelector("h2#text") is not null);

        var (_, history) = await GetAsync(client, $"/editor/articles/{slug}/history");
        var latest = history.QuerySelector("li.revision")!;
        Assert.Contains("update by ANA (editor ana)", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains(latest.QuerySelectorAll("table.changes th[scope=row]"), th => th.TextContent == "byline");
    }

    [Fact]
    public async Task ABadDateAnUnknownRelatedArticleAndAnUnknownTimeZoneAreShownBesideTheirFields()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/articles/spectator-howell-red-carpet-for-putin/edit";
        var (_, form) = await GetAsync(client, path);

        var (rejected, page) = await SubmitAsync(client, form, "article", path,
            ("Input.PublishedDate", "mid-June"), ("Input.Relations[0].Article", "no-such-article"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal("true", page.QuerySelector("#published-date")?.GetAttribute("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#published-date")?.ParentElement?.QuerySelector(".validation-message")?.TextContent));
        Assert.Contains("no-such-article", page.QuerySelector("#relation-0-article")?.ParentElement?.QuerySelector(".validation-message")?.TextContent, StringComparison.Ordinal);

        var (zone, zonePage) = await SubmitAsync(client, form, "article", path, ("Input.PublishedTimeZone", "Mars/Olympus_Mons"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zone.StatusCode);
        Assert.Contains("IANA", zonePage.QuerySelector("#published-time-zone")?.ParentElement?.QuerySelector(".validation-message")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync("spectator-howell-red-carpet-for-putin"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/articles/interaffairs-2024-06-20-bloomberg-security-challenge/edit";
        var (_, form) = await GetAsync(client, path);
        var (response, _) = await SubmitAsync(client, form, "article", path, ("__RequestVerificationToken", ""), ("Input.Headline", "forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await RevisionAsync("interaffairs-2024-06-20-bloomberg-security-challenge"));
    }

    [Fact]
    public async Task SavingAfterSomeoneElseShowsTheirVersionAndKeepsMine()
    {
        var ana = await site.SignedInAsync("ana");
        var bo = await site.SignedInAsync("bo");
        const string path = "/editor/articles/economist-2024-06-22-putin-kim-bromance/edit";
        var (_, anaForm) = await GetAsync(ana, path);
        var (_, boForm) = await GetAsync(bo, path);
        // Bo really changes the section (it is stored as Asia): a save that changes nothing would keep the revision.
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(bo, boForm, "article", path, ("Input.Section", "International"))).Response.StatusCode);

        var (conflict, page) = await SubmitAsync(ana, anaForm, "article", path, ("Input.Section", "Briefing"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Someone else saved this article first", page.QuerySelector(".conflict")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Section"], page.QuerySelectorAll(".conflict dt").Select(d => d.TextContent));
        Assert.Equal("International", page.QuerySelector(".conflict dd")?.TextContent);
        Assert.Equal("Briefing", page.QuerySelector("#section")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ANewArticleIsCreatedAsASyndicatedCopy()
    {
        var client = await site.SignedInAsync("ana");
        var (_, form) = await GetAsync(client, "/editor/articles/new");
        var (created, _) = await SubmitAsync(client, form, "article", "/editor/articles/new",
            ("Input.Slug", "editor-made-article"), ("Input.Outlet", "straits-times"), ("Input.Headline", "A reprint entered in the editor"),
            ("Input.PublishedDate", "2024-06-23"), ("Input.Relations[0].Kind", "SyndicatedCopyOf"), ("Input.Relations[0].Article", "economist-2024-06-22-putin-kim-bromance"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (reader, page) = await GetAsync(client, "/articles/editor-made-article");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/economist-2024-06-22-putin-kim-bromance");
    }

    [Theory]
    [InlineData("/editor/articles/new")]
    [InlineData("/editor/articles/guardian-view-putin-kim-alarming-pact/edit")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        var response = await site.NewClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/sign-in", response.Headers.Location?.AbsolutePath);
    }

    private Task<int> RevisionAsync(string slug) => site.RevisionAsync<Domain.Articles.Article>(slug);
}
