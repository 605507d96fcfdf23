using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>Editors at the desk in real Chromium: from a pasted article to a claim with its quotation, and two editors saving the same claim.</summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DeskJourneyTests(EditorFixture site)
{
    private const string Article = "Summit notes from Pyongyang\n\nBy A. Tester\n\nThe two leaders met for five hours. " +
        "\"This treaty is a genuine breakthrough for both our peoples,\" Vladimir Putin told reporters after the signing. " +
        "Officials said the pact covers mutual aid.\n";

    private const string Sentence = "\"This treaty is a genuine breakthrough for both our peoples,\" Vladimir Putin told reporters after the signing.";

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    /// <summary>Types into a picker and takes the first suggestion, as an editor does with the keyboard.</summary>
    private static async Task PickAsync(IPage page, string input, string typed, string expected)
    {
        await page.FillAsync(input, typed);
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = expected }).First.ClickAsync();
        await Assertions.Expect(page.Locator(input)).ToHaveValueAsync(expected);
    }

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
        await PickAsync(page, "#outlet", "guard", "The Guardian");
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
        await PickAsync(page, "#claimant-actor", "vladim", "Vladimir Putin");
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

        await page.GotoAsync(Url("/claims/putin-calls-treaty-breakthrough"));
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

    [SkippableFact]
    public async Task APastedPageLargerThanOneCircuitMessageIsReadWholeAndKeptAsADraft()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/article-desk");
        // About 90 KB: the circuit accepts 32 KB per message, so the text must travel as a stream.
        var paragraphs = Enumerable.Range(1, 300).Select(i => $"Paragraph {i} of a long dispatch about harbour cranes and grain barges, written for this test.");
        var article = "A very long dispatch from the harbour\n\nBy A. Tester\n\n" + string.Join("\n\n", paragraphs) + "\n";

        // The draft is kept from the moment the circuit has wired the box (desk.js marks it), not before.
        await page.Locator("#paste[data-draft-kept='true']").WaitForAsync();
        await page.FillAsync("#paste", article);
        // A reload before reading keeps what was pasted (it is a draft in this browser).
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#paste")).ToHaveValueAsync(article);
        await page.ClickAsync("#clean");

        await page.WaitForURLAsync(new Regex("/editor/ingestions/[0-9]+$"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        await Assertions.Expect(page.Locator("#reading-pane")).ToContainTextAsync("Paragraph 300 of a long dispatch");
    }

    [SkippableFact]
    public async Task WhatIsTypedIntoThePasteBoxBeforeTheCircuitWiresItIsKeptAndRead()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor");
        // Held until the test lets them through (routing also turns the browser's cache off, so each is requested):
        // the circuit's start, then desk.js, through which the circuit wires the box (its draft and shortcuts).
        var circuit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var wiring = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await circuit.Task;
            await route.ContinueAsync();
        });
        await page.RouteAsync("**/js/desk.js", async route =>
        {
            await wiring.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync(Url("/editor/article-desk"), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        // No prerendering: until the circuit is up there is no box to type into, so nothing typed can be lost there.
        Assert.Equal(0, await page.Locator("#paste").CountAsync());
        circuit.SetResult();

        // The circuit has rendered the box; desk.js has not wired it yet. The editor types at once.
        const string typed = "Typed before the desk was ready\n\nBy A. Tester\n\nThe harbour reopened on Monday after the storm, officials said.\n";
        await page.Locator("#paste").FillAsync(typed);
        Assert.Null(await page.Locator("#paste").GetAttributeAsync("data-draft-kept"));
        wiring.SetResult();
        await page.Locator("#paste[data-draft-kept='true']").WaitForAsync();
        await Assertions.Expect(page.Locator("#paste")).ToHaveValueAsync(typed);

        // Kept as a draft although no key was pressed after the wiring: a reload brings it back.
        await page.ReloadAsync();
        await page.Locator("#paste[data-draft-kept='true']").WaitForAsync();
        await Assertions.Expect(page.Locator("#paste")).ToHaveValueAsync(typed);
        await page.ClickAsync("#clean");
        await page.WaitForURLAsync(new Regex("/editor/ingestions/[0-9]+$"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        await Assertions.Expect(page.Locator("#reading-pane")).ToContainTextAsync("The harbour reopened on Monday after the storm");
    }
}
