using System.Text.Json;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// Issue #14's editor fields at the desk, in real Chromium: alias kinds with their periods, an inferred claimant with its
/// note, quantity magnitudes. Each refused save shows the domain's message beside its field and in a summary that takes
/// focus, and stores nothing.
/// </summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DeskRecordRulesTests(EditorFixture site)
{
    /// <summary>The message MudBlazor shows under the field whose input has this id.</summary>
    private static ILocator MessageBeside(IPage page, string input) =>
        page.Locator($".mud-input-control:has({input}) .mud-input-helper-text.mud-input-error");

    private static async Task ChooseAsync(IPage page, string input, string option, bool shownAsChosen = false)
    {
        await page.ClickAsync(input);
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
        if (shownAsChosen)
        {
            // What the editor sees before going on: the field shows the choice (a save must not race the popover closing).
            await Assertions.Expect(page.Locator(input)).ToHaveValueAsync(option);
        }
    }

    private async Task<JsonElement> ApiAsync(string path)
    {
        using var json = JsonDocument.Parse(await site.NewClient().GetStringAsync(new Uri(path, UriKind.Relative)));
        return json.RootElement.Clone();
    }

    [SkippableFact]
    public async Task AnAliasKindIsSavedAndATitleWithoutItsPeriodIsRefusedBesideItsField()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/actors/jenny-town/edit");
        await page.Locator("#aliases-0-name").WaitForAsync();
        var shortName = await page.EvaluateAsync<string>(
            "() => { const i = [...document.querySelectorAll('input[id^=aliases-][id$=-name]')].findIndex(e => e.value === 'Ms Town'); return document.getElementById(`aliases-${i}-kind`).value; }");
        Assert.Equal("Short name", shortName);
        var blank = await page.Locator("input[id^='aliases-'][id$='-name']").CountAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add an alias" }).ClickAsync();
        await page.FillAsync($"#aliases-{blank}-name", "the Stimson Center's Korea director");
        await ChooseAsync(page, $"#aliases-{blank}-kind", "Title or role", shownAsChosen: true);
        await page.ClickAsync("#save");

        await Assertions.Expect(page.Locator($"#aliases-{blank}-valid-from-error")).ToContainTextAsync("is a title or role");
        await Assertions.Expect(page.Locator("#form-problems")).ToBeFocusedAsync();
        Assert.Equal(1, (await ApiAsync("/api/v1/actors/jenny-town")).GetProperty("revision").GetInt32());

        await ChooseAsync(page, $"#aliases-{blank}-valid-from-precision", "the year");
        await page.FillAsync($"#aliases-{blank}-valid-from-year", "2016");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".record-revision")).ToHaveTextAsync("Revision 2");

        var alias = (await ApiAsync("/api/v1/actors/jenny-town")).GetProperty("aliases").EnumerateArray()
            .Single(a => a.GetProperty("name").GetString() == "the Stimson Center's Korea director");
        Assert.Equal("title-or-role", alias.GetProperty("kind").GetString());
        Assert.Contains("\"2016\"", alias.GetProperty("validFrom").GetRawText(), StringComparison.Ordinal);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"#aliases-{blank}-kind")).ToHaveValueAsync("Title or role");
    }

    [SkippableFact]
    public async Task AnInferredAttributionIsEditableAndClearingItIsRefusedWhenTheTextDoesNotNameTheSpeaker()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/claims/kim-comrades-in-arms-message/edit");
        var inferred = page.Locator("#claimant-inferred");
        await Assertions.Expect(inferred).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#claimant-note")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("the North Korean dictator"));

        await page.Locator("label:has(#claimant-inferred)").ClickAsync();
        await Assertions.Expect(inferred).Not.ToBeCheckedAsync();
        await page.FillAsync("#claimant-note", "");
        await page.ClickAsync("#save");

        await Assertions.Expect(MessageBeside(page, "#claimant-actor")).ToContainTextAsync("named neither in nor right around");
        await Assertions.Expect(page.Locator("#form-problems")).ToBeFocusedAsync();
        var stored = await ApiAsync("/api/v1/claims/kim-comrades-in-arms-message");
        Assert.Equal(1, stored.GetProperty("revision").GetInt32());
        Assert.True(stored.GetProperty("claimant").GetProperty("inferred").GetBoolean());
    }

    [SkippableFact]
    public async Task AQuantityMustBeStatedInAQuotationOrBeAMagnitudeAndIsRefusedBesideItsFieldOtherwise()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/claims/putin-first-visit-since-2000/edit");
        await page.Locator("#text").WaitForAsync();
        var blank = await page.Locator("input[id^='quantities-'][id$='-unit']").CountAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add a quantity" }).ClickAsync();

        await page.FillAsync($"#quantities-{blank}-unit", "usd");
        await page.ClickAsync("#save");
        await Assertions.Expect(MessageBeside(page, $"#quantities-{blank}-value")).ToHaveTextAsync("Give the number, or choose a magnitude when the text gives none.");

        await page.FillAsync($"#quantities-{blank}-value", "10000000000");
        await page.ClickAsync("#save");
        await Assertions.Expect(MessageBeside(page, $"#quantities-{blank}-value")).ToContainTextAsync("none of the claim's quotations");
        Assert.Equal(1, (await ApiAsync("/api/v1/claims/putin-first-visit-since-2000")).GetProperty("revision").GetInt32());

        await page.FillAsync($"#quantities-{blank}-value", "19");
        await page.FillAsync($"#quantities-{blank}-unit", "day of June");
        await page.FillAsync($"#quantities-{blank}-text", "June 19th");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".record-revision")).ToHaveTextAsync("Revision 2");

        // A magnitude is edited as one and read as words, never as a figure; saving it untouched keeps it.
        await page.GotoAsync(new Uri(site.BaseAddress, "/editor/claims/nk-supplied-millions-of-shells/edit").ToString());
        await Assertions.Expect(page.Locator("#quantities-0-magnitude")).ToHaveValueAsync("Millions");
        await Assertions.Expect(page.Locator("#quantities-0-value")).ToHaveValueAsync("");
        await page.FillAsync("#status-note", "Magnitude checked at the desk.");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".record-revision")).ToHaveTextAsync("Revision 2");
        var quantity = (await ApiAsync("/api/v1/claims/nk-supplied-millions-of-shells")).GetProperty("quantities")[0];
        Assert.Equal("millions", quantity.GetProperty("magnitude").GetString());
        Assert.Equal(JsonValueKind.Null, quantity.TryGetProperty("value", out var value) ? value.ValueKind : JsonValueKind.Null);
    }
}
