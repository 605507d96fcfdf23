using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>Outlets at the desk in real Chromium: found in their grid, edited through the same record editor (with history), refused beside the field.</summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DeskOutletTests(EditorFixture site)
{
    [SkippableFact]
    public async Task AnEditorFindsAnOutletInItsGridEditsItAndSeesWhatRefersToIt()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/outlets");
        await page.FillAsync("#grid-search", "straits");
        var link = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "The Straits Times" });
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await link.ClickAsync();
        await page.WaitForParsedAsync(new Uri(site.BaseAddress, "/editor/outlets/straits-times/edit").ToString());
        await Assertions.Expect(page.Locator("#name")).ToHaveValueAsync("The Straits Times");
        await Assertions.Expect(page.Locator(".outlet-relations")).ToContainTextAsync("Published");

        await page.FillAsync("#country", "Singapore");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".mud-input-control:has(#country) .mud-input-helper-text.mud-input-error"))
            .ToHaveTextAsync("Use the two-letter ISO 3166-1 code, e.g. GB, RU or KP.");

        await page.FillAsync("#country", "sg");
        await page.FillAsync("#homepage", "https://www.straitstimes.com/asia");
        await page.ClickAsync("#save");

        await Assertions.Expect(page.Locator(".record-revision")).ToHaveTextAsync("Revision 2");

        var reader = await site.NewClient().GetStringAsync(new Uri("/outlets/straits-times", UriKind.Relative));
        Assert.Contains("https://www.straitstimes.com/asia", reader, StringComparison.Ordinal);
        // The same record editor as every write: the edit is in the outlet's history under the editor's name.
        var revisions = await site.Factory.WithDbAsync(db => db.Revisions
            .Where(r => r.ResourceType == NewsTreaty.Domain.Editing.ResourceKind.Outlet && r.ResourceSlug == "straits-times")
            .Select(r => r.Actor).ToListAsync());
        Assert.Contains(revisions, actor => actor.Contains("ana", StringComparison.Ordinal));
    }
}
