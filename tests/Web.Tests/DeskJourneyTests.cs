using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// Editors at the desk in real Chromium: from a pasted article to a claim with its quotation, and two editors saving the
/// same claim. Run over SQLite and over PostgreSQL (the subclasses at the end), one host per class.
/// </summary>
public abstract class DeskJourneyTests(EditorFixture site)
{
    private const string Article = "Summit notes from Pyongyang\n\nBy A. Tester\n\nThe two leaders met for five hours. " +
        "\"This treaty is a genuine breakthrough for both our peoples,\" Vladimir Putin told reporters after the signing. " +
        "Officials said the pact covers mutual aid.\n";

    private const string Sentence = "\"This treaty is a genuine breakthrough for both our peoples,\" Vladimir Putin told reporters after the signing.";

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    [SkippableFact]
    public async Task AnEditorPastesAnArticleQuotesASentenceAndMakesItAClaimWithCorrectOffsets()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/article-desk");

        await page.FillAsync("#paste", Article);
        await page.ClickAsync("#clean");
        // The pasted article goes through ingestion: its review shows the proposed article's details beside the text.
        // The first ingestion loads the knowledge snapshot: allow for a loaded machine.
        await page.WaitForURLAsync(new Regex("/editor/ingestions/[0-9]+$"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        await page.Locator("#reading-pane").WaitForAsync();
        await page.FillAsync("#headline", "Summit notes from Pyongyang");
        await DeskControls.PickAsync(page, "#outlet", "guard", "The Guardian");
        await page.ClickAsync("#published-date-precision");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "the year" }).ClickAsync();
        await page.FillAsync("#published-date-year", "2024");
        await page.FillAsync("#slug", "desk-journey-summit-notes");
        await page.ClickAsync("#accept-article");
        await page.Locator("#open-desk").WaitForAsync();
        await page.GotoAsync(Url("/editor/articles/desk-journey-summit-notes/desk"));

        // Select the sentence in the reading pane, as a mouse drag would.
        await page.Locator("#reading-pane").WaitForAsync();
        await page.EvaluateAsync(@"sentence => {
            const pane = document.getElementById('reading-pane');
            const text = pane.textContent, start = text.indexOf(sentence), end = start + sentence.length;
            const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
            let node, at = 0, from, to;
            while ((node = walker.nextNode())) {
              const length = node.textContent.length;
              if (!from && start < at + length) from = [node, start - at];
              if (!to && end <= at + length) to = [node, end - at];
              at += length;
            }
            const range = document.createRange();
            range.setStart(...from); range.setEnd(...to);
            getSelection().removeAllRanges(); getSelection().addRange(range);
            pane.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        }", Sentence);
        var start = Article.IndexOf(Sentence, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#selected-offsets")).ToHaveTextAsync($"characters {start}–{start + Sentence.Length}");

        await page.ClickAsync("#new-claim");
        await page.FillAsync("#text", "Putin called the treaty a breakthrough for both peoples.");
        await DeskControls.PickAsync(page, "#claimant-actor", "vladim", "Vladimir Putin");
        await page.FillAsync("#slug", "putin-calls-treaty-breakthrough");
        await page.Keyboard.PressAsync("Control+s");
        await Assertions.Expect(page.Locator("mark.quote")).ToHaveCountAsync(1);

        using var api = site.NewClient();
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/claims/putin-calls-treaty-breakthrough", UriKind.Relative)));
        var appearance = json.RootElement.GetProperty("appearances")[0];
        Assert.Equal(start, appearance.GetProperty("start").GetInt32());
        Assert.Equal(start + Sentence.Length, appearance.GetProperty("end").GetInt32());
        Assert.Equal(Sentence, appearance.GetProperty("quote").GetString());
        Assert.Equal("vladimir-putin", json.RootElement.GetProperty("claimant").GetProperty("slug").GetString());

        var claimPage = await page.GotoAsync(Url("/claims/putin-calls-treaty-breakthrough"));
        // Said in full when it fails: the page once lacked its appearance on PostgreSQL in clean-clone CI (not reproduced).
        Assert.True(claimPage!.Status == 200 && await page.Locator("li.appearance").CountAsync() > 0,
            $"the public claim page answered {claimPage.Status}: {await page.Locator("body").InnerTextAsync()}\nHost log:\n{string.Join("\n", site.Factory.Logs.Lines.TakeLast(40))}");
        Assert.Contains(Sentence, await page.Locator("li.appearance").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script[src*='blazor']").CountAsync());
    }

    [SkippableFact]
    public async Task TheSecondOfTwoEditorsSeesTheDifferenceTakesTheirsForOneFieldAndSavesTheMerge()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        const string path = "/editor/claims/china-avoids-trilateral-axis/edit";
        var ana = await site.SignedInPageAsync(browser, "ana", path);
        var bo = await site.SignedInPageAsync(browser, "bo", path);
        await ana.Locator("#status-note").WaitForAsync();
        await bo.Locator("#status-note").WaitForAsync();

        await bo.FillAsync("#status-note", "Bo got there first.");
        await bo.FillAsync("#text", "China avoids a trilateral axis with Russia and North Korea (Bo's wording).");
        await bo.ClickAsync("#save");
        await Assertions.Expect(bo.Locator(".record-revision")).ToHaveTextAsync("Revision 2");

        await ana.FillAsync("#status-note", "Ana's slower note.");
        await ana.ClickAsync("#save");
        var conflict = ana.Locator(".conflict");
        await conflict.WaitForAsync();
        Assert.Contains("Someone else saved this claim first", await conflict.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["Text", "Status note"], await conflict.Locator("tbody th").AllInnerTextsAsync());
        Assert.Equal("Ana's slower note.", await ana.InputValueAsync("#status-note"));

        await conflict.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Take their text" }).ClickAsync();
        await ana.ClickAsync("#save");
        await Assertions.Expect(ana.Locator(".record-revision")).ToHaveTextAsync("Revision 3");

        using var api = site.NewClient();
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/claims/china-avoids-trilateral-axis", UriKind.Relative)));
        Assert.Equal("Ana's slower note.", json.RootElement.GetProperty("statusNote").GetString());
        Assert.Contains("Bo's wording", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SqliteDeskJourneyTests(EditorFixture site) : DeskJourneyTests(site);

[Trait("Category", "Browser")]
[Trait("Database", "PostgreSQL")]
public sealed class PostgresDeskJourneyTests(PostgresEditorFixture site) : DeskJourneyTests(site), IClassFixture<PostgresEditorFixture>;
