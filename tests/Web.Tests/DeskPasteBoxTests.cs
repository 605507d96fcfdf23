using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// The article desk's paste box in real Chromium: a plain text area the circuit reads as a stream and desk.js keeps as a
/// draft in the browser. Nothing here depends on the database engine, so over SQLite only.
/// </summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DeskPasteBoxTests(EditorFixture site)
{
    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

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
