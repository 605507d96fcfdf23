using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsTreaty.Api.Tests;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.TestSupport;
using static NewsTreaty.Web.Tests.ReviewQueueJourneyTests;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// Editing a proposal through its form (the claim form's own controls) before accepting it, over SQLite. A host of the
/// class's own: the scripted article these tests ingest is taken for a copy of one the review journeys accepted
/// (so it proposes no new claim) when they ran first on a shared host (the PostgreSQL run's test order showed it).
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class ReviewProposalEditingTests(EditorFixture site) : IClassFixture<EditorFixture>
{
    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    private Task<int> IngestAsync(string filed, string? outlet) => ScriptedIngestion.StoreAsync(site.Factory.Services, filed, outlet);

    private Task<IPage> OpenAsync(IBrowser browser, int ingestion) => ReviewQueueJourneyTests.OpenAsync(site, browser, ingestion);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcurrent\b")]
    private static partial System.Text.RegularExpressions.Regex CurrentClass();

    private const string EditedText = "The river commission will review the water treaty within a year, Putin is said to insist.";

    [SkippableFact]
    public async Task AnEditedClaimProposalIsAcceptedWithTheEditorsValuesOnThePublicPageAndInTheApi()
    {
        var id = await IngestAsync("eleven", "guardian");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, id);

        var claim = Row(page, "Claim", "reviewed within a year");
        await claim.Locator(".proposal-item").ClickAsync();
        await Assertions.Expect(claim).ToHaveClassAsync(CurrentClass());
        await page.Keyboard.PressAsync("e");
        var form = claim.Locator(".proposal-form");
        await Assertions.Expect(form.Locator("#text")).ToHaveValueAsync("The water treaty will be reviewed within a year.");

        // Keys typed into the form are text, not review shortcuts.
        await page.FillAsync("#text", "");
        await page.Locator("#text").PressSequentiallyAsync("ar");
        await Assertions.Expect(claim).Not.ToHaveClassAsync(AcceptedClass());
        await Assertions.Expect(claim).Not.ToHaveClassAsync(RejectedClass());

        // A field left empty: the message stands beside it and in a summary that takes focus; nothing is written.
        await page.FillAsync("#text", "");
        await page.ClickAsync("#proposal-accept-edited");
        await Assertions.Expect(page.Locator("#proposal-problems")).ToBeFocusedAsync();
        await Assertions.Expect(form.GetByText("Write what was claimed.")).ToHaveCountAsync(2);

        await page.FillAsync("#text", EditedText);
        await page.ClickAsync("#hedging");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Speculated" }).First.ClickAsync();
        await DeskControls.PickAsync(page, "#claimant-actor", "vladim", "Vladimir Putin");

        // The write API's rules answer beside the field: Putin is not named at the quotation, so the attribution is an inference.
        await page.ClickAsync("#proposal-accept-edited");
        await Assertions.Expect(page.Locator("#proposal-problems")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".mud-input-control:has(#claimant-actor) .mud-input-helper-text.mud-input-error")).ToContainTextAsync("named neither in nor right around");
        await Assertions.Expect(claim).Not.ToHaveClassAsync(AcceptedClass());
        await page.Locator("label:has(#claimant-inferred)").ClickAsync();
        await page.FillAsync("#claimant-note", "The desk's test says so: the text names only Anna Berg.");
        await page.ClickAsync("#proposal-accept-edited");
        await Assertions.Expect(claim).ToHaveClassAsync(AcceptedClass());

        var slug = await site.Factory.WithDbAsync(db => db.Proposals.Where(p => p.IngestionId == id && p.Kind == ProposalKind.Claim && p.Label.Contains("reviewed"))
            .Select(p => p.ProposedSlug).SingleAsync());
        using var api = site.NewClient();
        using (var json = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/v1/claims/{slug}", UriKind.Relative))))
        {
            Assert.Equal(EditedText, json.RootElement.GetProperty("text").GetString());
            Assert.Equal("speculated", json.RootElement.GetProperty("hedging").GetString());
            Assert.Equal("vladimir-putin", json.RootElement.GetProperty("claimant").GetProperty("slug").GetString());
            Assert.True(json.RootElement.GetProperty("claimant").GetProperty("inferred").GetBoolean());
            Assert.Equal(ScriptedPipeline.NewQuote, json.RootElement.GetProperty("appearances")[0].GetProperty("quote").GetString());
        }

        await page.GotoAsync(Url($"/claims/{slug}"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(EditedText);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vladimir Putin");
    }

    [SkippableFact]
    public async Task AnActorProposalEditedToAKnownActorConfirmsItAndANewOnesDescriptionIsTheEditors()
    {
        var id = await IngestAsync("twelve", "guardian");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, id);

        var actor = Row(page, "Actor", "Anna Berg");
        await actor.Locator(".proposal-item").ClickAsync();
        await Assertions.Expect(actor).ToHaveClassAsync(CurrentClass());
        await page.Keyboard.PressAsync("e");
        await Assertions.Expect(actor.Locator("#description")).ToHaveValueAsync("a spokeswoman for the river commission");
        await page.FillAsync("#description", "Spokeswoman of the river commission (edited at the desk).");
        await page.ClickAsync("#proposal-save-edit");
        await Assertions.Expect(actor.Locator(".queue-detail")).ToContainTextAsync("edited by");

        await actor.Locator(".proposal-item").ClickAsync();
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(actor).ToHaveClassAsync(AcceptedClass());
        var slug = await site.Factory.WithDbAsync(db => db.Proposals.Where(p => p.IngestionId == id && p.Kind == ProposalKind.Actor && p.Label.Contains("Anna Berg"))
            .Select(p => p.ProposedSlug).SingleAsync());
        using var api = site.NewClient();
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/v1/actors/{slug}", UriKind.Relative)));
        Assert.Equal("Spokeswoman of the river commission (edited at the desk).", json.RootElement.GetProperty("description").GetString());
    }
}
