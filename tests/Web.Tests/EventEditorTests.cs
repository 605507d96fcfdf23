using System.Net;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>The event editor over real HTTP: saving, EDTF dates checked beside their field, antiforgery, conflicts, sign-in.</summary>
[Collection(EditorCollection.Name)]
public sealed class EventEditorTests(EditorFixture site)
{
    [Fact]
    public async Task SavingAnEventRedirectsToItsPageAndTheHistoryNamesTheEditor()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/events/crimea-annexation/edit";
        var (_, form) = await GetAsync(client, path);
        Assert.Contains("2024-06-19", form.QuerySelector("#date")?.ParentElement?.QuerySelector(".hint")?.TextContent, StringComparison.Ordinal);
        var blank = form.QuerySelectorAll("input[id^='actor-'][id$='-actor']").Count() - 1;

        var (saved, _) = await SubmitAsync(client, form, "event", path,
            ("Input.Place", "Simferopol <i>Crimea</i>"), ("Input.Importance", "5"),
            ($"Input.Actors[{blank}].Actor", "vladimir-putin"), ($"Input.Actors[{blank}].Role", "decision-maker"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/events/crimea-annexation", saved.Headers.Location?.AbsolutePath);
        var (_, reader) = await GetAsync(client, "/events/crimea-annexation");
        Assert.Contains("Simferopol <i>Crimea</i>", reader.QuerySelector(".event-date")?.TextContent, StringComparison.Ordinal);
        Assert.Null(reader.QuerySelector(".event-date i"));
        Assert.Equal("/editor/events/crimea-annexation/edit", reader.QuerySelector(".edit-links a")?.GetAttribute("href"));
        var (_, again) = await GetAsync(client, path);
        Assert.Equal("vladimir-putin", again.QuerySelector($"#actor-{blank}-actor")?.GetAttribute("value"));

        var (_, history) = await GetAsync(client, "/editor/events/crimea-annexation/history");
        var latest = history.QuerySelector("li.revision")!;
        Assert.Contains("update by ANA (editor ana)", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains(latest.QuerySelectorAll("table.changes th[scope=row]"), th => th.TextContent == "place");
    }

    [Fact]
    public async Task ABadDateAndAnUnknownArticleAreShownBesideTheirFieldsAndNothingIsSaved()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/events/first-nuclear-test-2006/edit";
        var (_, form) = await GetAsync(client, path);

        var (rejected, page) = await SubmitAsync(client, form, "event", path, ("Input.Date", "autumn 2006"), ("Input.Articles[0].Article", "no-such-article"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal("true", page.QuerySelector("#date")?.GetAttribute("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#date")?.ParentElement?.QuerySelector(".validation-message")?.TextContent));
        Assert.Contains("no-such-article", page.QuerySelector("#article-0")?.ParentElement?.QuerySelector(".validation-message")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("autumn 2006", page.QuerySelector("#date")?.GetAttribute("value"));
        Assert.Equal(1, await RevisionAsync("first-nuclear-test-2006"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/events/kim-jong-un-succession/edit";
        var (_, form) = await GetAsync(client, path);
        var (response, _) = await SubmitAsync(client, form, "event", path, ("__RequestVerificationToken", ""), ("Input.Place", "forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await RevisionAsync("kim-jong-un-succession"));
    }

    [Fact]
    public async Task SavingAfterSomeoneElseShowsTheirVersionAndKeepsMine()
    {
        var ana = await site.SignedInAsync("ana");
        var bo = await site.SignedInAsync("bo");
        const string path = "/editor/events/soviet-debt-agreement-2012/edit";
        var (_, anaForm) = await GetAsync(ana, path);
        var (_, boForm) = await GetAsync(bo, path);
        // Bo really changes the place (it is stored as Moscow): a save that changes nothing would keep the revision.
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(bo, boForm, "event", path, ("Input.Place", "Vladivostok"))).Response.StatusCode);

        var (conflict, page) = await SubmitAsync(ana, anaForm, "event", path, ("Input.Place", "Sochi"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Someone else saved this event first", page.QuerySelector(".conflict")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Place"], page.QuerySelectorAll(".conflict dt").Select(d => d.TextContent));
        Assert.Equal("Vladivostok", page.QuerySelector(".conflict dd")?.TextContent);
        Assert.Equal("Sochi", page.QuerySelector("#place")?.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input[name='Input.Revision']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ANewEventIsCreatedWithAnApproximateDate()
    {
        var client = await site.SignedInAsync("ana");
        var (_, form) = await GetAsync(client, "/editor/events/new");
        var (created, _) = await SubmitAsync(client, form, "event", "/editor/events/new",
            ("Input.Slug", "editor-made-event"), ("Input.Title", "An event made in the editor"), ("Input.Kind", "Summit"),
            ("Input.Date", "1996~"), ("Input.Importance", "2"), ("Input.Actors[0].Actor", "russia"), ("Input.Articles[0].Article", "economist-2024-06-22-putin-kim-bromance"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (reader, page) = await GetAsync(client, "/events/editor-made-event");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Equal("An event made in the editor", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/editor/events/new")]
    [InlineData("/editor/events/crimea-annexation/edit")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        var response = await site.NewClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/sign-in", response.Headers.Location?.AbsolutePath);
    }

    private Task<int> RevisionAsync(string slug) => site.RevisionAsync<Domain.Events.Event>(slug);
}
