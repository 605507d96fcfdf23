using System.Net;
using NewsTreaty.TestSupport;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>The claim editor's forms over real HTTP: validation beside the field, antiforgery, saving, conflicts, history.</summary>
[Collection(EditorCollection.Name)]
public sealed class ClaimEditorTests(EditorFixture site)
{
    [Fact]
    public async Task SavingAChangeRedirectsToTheReaderPageThatShowsItAndTheHistoryNamesTheEditor()
    {
        var client = await site.SignedInAsync("ana");
        var (_, form) = await GetAsync(client, "/editor/claims/aggression-pledge-mainly-symbolic/edit");
        var (saved, _) = await SubmitAsync(client, form, "claim", "/editor/claims/aggression-pledge-mainly-symbolic/edit",
            ("Input.StatusNote", "Checked against the treaty text <b>by Ana</b>."), ("Input.Status", "Disputed"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/claims/aggression-pledge-mainly-symbolic", saved.Headers.Location?.AbsolutePath);
        var (_, reader) = await GetAsync(client, "/claims/aggression-pledge-mainly-symbolic");
        Assert.Equal("Checked against the treaty text <b>by Ana</b>.", reader.QuerySelector(".status-note")?.TextContent);
        Assert.Null(reader.QuerySelector(".status-note b"));

        var (_, history) = await GetAsync(client, "/editor/claims/aggression-pledge-mainly-symbolic/history");
        var latest = history.QuerySelector("li.revision")!;
        Assert.Contains("update by ANA (editor ana)", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains(latest.QuerySelectorAll("table.changes th[scope=row]"), th => th.TextContent == "statusNote");
        Assert.Contains(latest.QuerySelectorAll("table.changes th[scope=row]"), th => th.TextContent == "status");
    }

    [Fact]
    public async Task MissingTextAndAnUnknownArticleAreShownBesideTheirFieldsAndNothingIsSaved()
    {
        var client = await site.SignedInAsync("ana");
        var (_, form) = await GetAsync(client, "/editor/claims/alignment-will-outlast-war/edit");
        var (empty, page) = await SubmitAsync(client, form, "claim", "/editor/claims/alignment-will-outlast-war/edit", ("Input.Text", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("Write what was claimed.", page.QuerySelector("#text")?.ParentElement?.QuerySelector(".validation-message")?.TextContent);

        var (unknown, rejected) = await SubmitAsync(client, form, "claim", "/editor/claims/alignment-will-outlast-war/edit",
            ("Input.Appearances[0].Article", "no-such-article"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var field = rejected.QuerySelector("#evidence-0-article")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("no-such-article", field.ParentElement?.QuerySelector(".validation-message")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync("alignment-will-outlast-war"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        var client = await site.SignedInAsync("ana");
        var (_, form) = await GetAsync(client, "/editor/claims/alliance-contrary-to-juche/edit");
        var (response, _) = await SubmitAsync(client, form, "claim", "/editor/claims/alliance-contrary-to-juche/edit",
            ("__RequestVerificationToken", ""), ("Input.StatusNote", "forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await RevisionAsync("alliance-contrary-to-juche"));
    }

    [Fact]
    public async Task SavingAfterSomeoneElseShowsTheConflictWithTheirVersionKeepsMineAndSavingAgainApplies()
    {
        var ana = await site.SignedInAsync("ana");
        var bo = await site.SignedInAsync("bo");
        const string path = "/editor/claims/anti-western-coalition-is-real/edit";
        var (_, anaForm) = await GetAsync(ana, path);
        var (_, boForm) = await GetAsync(bo, path);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(bo, boForm, "claim", path, ("Input.StatusNote", "Bo's note"))).Response.StatusCode);

        var (conflict, page) = await SubmitAsync(ana, anaForm, "claim", path, ("Input.StatusNote", "Ana's note"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var message = page.QuerySelector(".conflict")!;
        Assert.Contains("Someone else saved this claim first", message.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Status note"], message.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Equal("Bo's note", message.QuerySelector("dd")?.TextContent);
        Assert.Equal("Ana's note", page.QuerySelector("#status-note")?.TextContent);
        Assert.Equal("2", page.QuerySelector("input[name='Input.Revision']")?.GetAttribute("value"));

        var (reapplied, _) = await SubmitAsync(ana, page, "claim", path);
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        Assert.Equal(3, await RevisionAsync("anti-western-coalition-is-real"));
    }

    [Fact]
    public async Task ANewClaimIsCreatedWithItsEvidence()
    {
        var client = await site.SignedInAsync("ana");
        var (_, form) = await GetAsync(client, "/editor/claims/new");
        var (_, existing) = await GetAsync(client, "/editor/claims/1961-treaty-mutual-assistance/edit");
        string Value(string id) => existing.QuerySelector(id)?.GetAttribute("value") ?? existing.QuerySelector(id)!.TextContent;

        var (created, _) = await SubmitAsync(client, form, "claim", "/editor/claims/new",
            ("Input.Slug", "editor-made-claim"), ("Input.Text", "A claim written in the editor."), ("Input.ClaimantActor", Value("#claimant-actor")),
            ("Input.Appearances[0].Article", Value("#evidence-0-article")), ("Input.Appearances[0].Quote", Value("#evidence-0-quote")),
            ("Input.Appearances[0].Start", Value("#evidence-0-start")), ("Input.Appearances[0].End", Value("#evidence-0-end")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (reader, page) = await GetAsync(client, "/claims/editor-made-claim");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Single(page.QuerySelectorAll("li.appearance"));
    }

    [Fact]
    public async Task AQuantityMustBeStatedInAQuotationOrBeAMagnitudeAndIsRefusedBesideItsFieldOtherwise()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/claims/putin-first-visit-since-2000/edit";
        var (_, form) = await GetAsync(client, path);
        var blank = form.QuerySelectorAll("input[id^='quantity-'][id$='-unit']").Count() - 1;

        var (rejected, page) = await SubmitAsync(client, form, "claim", path, ($"Input.Quantities[{blank}].Unit", "usd"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal("Give the number, or choose a magnitude when the text gives none.", Message(page, $"#quantity-{blank}-value"));

        var (invented, refused) = await SubmitAsync(client, form, "claim", path,
            ($"Input.Quantities[{blank}].Value", "10000000000"), ($"Input.Quantities[{blank}].Unit", "usd"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invented.StatusCode);
        Assert.Contains("none of the claim's quotations", Message(refused, $"#quantity-{blank}-value"), StringComparison.Ordinal);

        var (saved, _) = await SubmitAsync(client, form, "claim", path,
            ($"Input.Quantities[{blank}].Value", "19"), ($"Input.Quantities[{blank}].Unit", "day of June"), ($"Input.Quantities[{blank}].Text", "June 19th"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, reader) = await GetAsync(client, "/claims/putin-first-visit-since-2000");
        Assert.Contains(reader.QuerySelectorAll("section[aria-labelledby=quantities] li"), li => li.TextContent.Contains("19 day of June", StringComparison.Ordinal));

        // A magnitude is edited as one and read as words, never as a figure.
        var (_, shells) = await GetAsync(client, "/editor/claims/nk-supplied-millions-of-shells/edit");
        Assert.Equal("Millions", shells.QuerySelector("#quantity-0-magnitude option[selected]")?.GetAttribute("value"));
        Assert.Null(shells.QuerySelector("#quantity-0-value")?.GetAttribute("value") is { Length: > 0 } v ? v : null);
        var (_, shellsPage) = await GetAsync(client, "/claims/nk-supplied-millions-of-shells");
        var figure = shellsPage.QuerySelector("section[aria-labelledby=quantities] li")!.TextContent;
        Assert.Contains("millions of artillery shells", figure, StringComparison.Ordinal);
        Assert.DoesNotContain("2,000,000", figure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInferredAttributionIsEditableAndClearingItIsRefusedWhenTheTextDoesNotNameTheSpeaker()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/claims/kim-comrades-in-arms-message/edit";
        var (_, form) = await GetAsync(client, path);
        Assert.NotNull(form.QuerySelector("#claimant-inferred[checked]"));
        Assert.Contains("the North Korean dictator", form.QuerySelector("#claimant-note")?.TextContent, StringComparison.Ordinal);

        var (rejected, page) = await SubmitAsync(client, form, "claim", path, ("Input.ClaimantInferred", "false"), ("Input.ClaimantNote", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Contains("named neither in nor right around", Message(page, "#claimant-actor"), StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync("kim-comrades-in-arms-message"));

        var (_, reader) = await GetAsync(client, "/claims/kim-comrades-in-arms-message");
        Assert.Contains("attribution inferred", reader.QuerySelector(".claim-meta")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Why this attribution:", reader.QuerySelector(".claimant-note")?.TextContent, StringComparison.Ordinal);
    }

    private static string? Message(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector(field)?.ParentElement?.QuerySelector(".validation-message")?.TextContent;

    [Fact]
    public async Task ReadersSeeNoEditLinksAndEmbedsNeitherShowThemNorSetCookies()
    {
        var editor = await site.SignedInAsync("ana");
        var (_, asEditor) = await GetAsync(editor, "/claims/banner-eternal-friendship");
        Assert.Equal("/editor/claims/banner-eternal-friendship/edit", asEditor.QuerySelector(".edit-links a")?.GetAttribute("href"));

        var (_, asReader) = await GetAsync(site.NewClient(), "/claims/banner-eternal-friendship");
        Assert.Null(asReader.QuerySelector(".edit-links"));
        Assert.Empty(asReader.QuerySelectorAll("a[href^='/editor']"));

        var widget = await editor.GetAsync(new Uri("/embed/claims/banner-eternal-friendship", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
        Assert.False(widget.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("/editor", await widget.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<int> RevisionAsync(string slug) => site.RevisionAsync<Domain.Claims.Claim>(slug);
}
