using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// What an editor types stays typed, in real Chromium. A circuit that falls behind can render a record form's text field
/// with a value a few keystrokes old while the editor is still typing; the browser would put that older text back under
/// the cursor and the next keystrokes would land after it (seen in CI: "Typed just before the restver saved."). These
/// tests set the field as Blazor's renderer does (the element's <c>value</c> property) and check what the editor sees and
/// what is saved.
/// </summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DeskTypingTests(EditorFixture site)
{
    private const string Path = "/editor/claims/xi-watching-closely/edit";

    private static async Task RenderAsync(IPage page, string id, string value) =>
        await page.EvaluateAsync("([id, value]) => { document.getElementById(id).value = value; }", new[] { id, value });

    private Task<string?> StoredNoteAsync() =>
        site.Factory.WithDbAsync(db => Task.FromResult(db.Claims.Single(c => c.Slug == "xi-watching-closely").StatusNote));

    [SkippableFact]
    public async Task AnOlderValueOfWhatWasJustTypedDoesNotReplaceTheTypingAndTheWholeTextIsSaved()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", Path);
        var note = page.Locator("#status-note");
        await note.WaitForAsync();
        var revision = await page.Locator(".record-revision").TextContentAsync();

        await note.FillAsync("");
        await note.FocusAsync();
        await page.Keyboard.TypeAsync("Checked against the KCNA text");
        await RenderAsync(page, "status-note", "Checked against"); // the circuit, eleven keystrokes behind
        await Assertions.Expect(note).ToHaveValueAsync("Checked against the KCNA text");
        await page.Keyboard.TypeAsync("; twice.");
        await Assertions.Expect(note).ToHaveValueAsync("Checked against the KCNA text; twice.");

        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".record-revision")).Not.ToHaveTextAsync(revision!);
        Assert.Equal("Checked against the KCNA text; twice.", await StoredNoteAsync());
    }

    [SkippableFact]
    public async Task AValueTheEditorNeverTypedThereStillReplacesTheField()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", Path);
        var note = page.Locator("#status-note");
        await note.WaitForAsync();

        await note.FocusAsync();
        await page.Keyboard.TypeAsync(" More");
        // The circuit has taken the typing (its draft, written from the server's form, holds it): no echo of it is still
        // on its way to overwrite the value set next.
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('nt-draft:') && !k.endsWith(':typed') && localStorage.getItem(k).includes(' More'))");
        await RenderAsync(page, "status-note", "Merged with the other desk's note");
        await Assertions.Expect(note).ToHaveValueAsync("Merged with the other desk's note");

        // A field nobody typed in takes whatever the circuit renders.
        await RenderAsync(page, "claimant-note", "Set by the circuit");
        await Assertions.Expect(page.Locator("#claimant-note")).ToHaveValueAsync("Set by the circuit");
    }
}
