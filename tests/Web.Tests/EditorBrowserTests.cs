using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>Editors in real Chromium: signing in, saving a claim and an event, and two editors saving the same claim.</summary>
[Collection(EditorCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EditorBrowserTests(EditorFixture site)
{
    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    private async Task<IPage> SignInAsync(IBrowser browser, string username, string returnTo)
    {
        var page = await (await browser.NewContextAsync()).NewPageAsync(); // a context each: separate cookie jars, like two people
        await page.GotoAsync(Url(returnTo));
        Assert.Contains("/editor/sign-in", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", EditorFixture.Password);
        await page.ClickAsync("form[action^='/editor/sign-in'] button[type=submit]"); // the header's search form has one too
        await page.WaitForURLAsync(Url(returnTo), Navigation.Parsed);
        return page;
    }

    [SkippableFact]
    public async Task AnEditorSignsInChangesAClaimAndSeesItOnTheReaderPage()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignInAsync(browser, "ana", "/editor/claims/aukus-raised-beijing-hackles/edit");

        await page.FillAsync("#status-note", "Seen in two outlets by Ana.");
        await page.SelectOptionAsync("#status", "Confirmed");
        await page.ClickAsync("form.editor-form button[type=submit]");

        await page.WaitForURLAsync(Url("/claims/aukus-raised-beijing-hackles"), Navigation.Parsed);
        Assert.Equal("Seen in two outlets by Ana.", await page.Locator(".status-note").InnerTextAsync());
        await Assertions.Expect(page.Locator(".edit-links a", new PageLocatorOptions { HasText = "Edit" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task TheSecondOfTwoEditorsToSaveTheSameClaimSeesTheConflictWithTheNewerVersion()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        const string path = "/editor/claims/china-avoids-trilateral-axis/edit";
        var ana = await SignInAsync(browser, "ana", path);
        var bo = await SignInAsync(browser, "bo", path);

        await bo.FillAsync("#status-note", "Bo got there first.");
        await bo.ClickAsync("form.editor-form button[type=submit]");
        await bo.WaitForURLAsync(Url("/claims/china-avoids-trilateral-axis"), Navigation.Parsed);

        await ana.FillAsync("#status-note", "Ana's slower note.");
        await ana.ClickAsync("form.editor-form button[type=submit]");

        var conflict = ana.Locator(".conflict");
        await conflict.WaitForAsync();
        Assert.Contains("Someone else saved this claim first", await conflict.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Bo got there first.", await conflict.Locator("dd").InnerTextAsync());
        Assert.Equal("Ana's slower note.", await ana.InputValueAsync("#status-note"));
    }

    [SkippableFact]
    public async Task AnEditorFollowsTheEditLinkOnAnEventFixesItsDateAndSeesItOnTheEventPage()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignInAsync(browser, "ana", "/editor");
        await page.GotoAsync(Url("/events/putin-becomes-president-2000"));

        await page.Locator(".edit-links a", new PageLocatorOptions { HasText = "Edit" }).ClickAsync();
        await page.WaitForURLAsync(Url("/editor/events/putin-becomes-president-2000/edit"), Navigation.Parsed);
        await page.FillAsync("#date", "May 2000");
        await page.ClickAsync("form.editor-form button[type=submit]");
        await page.Locator("#date + .validation-message").WaitForAsync();
        Assert.Equal("May 2000", await page.InputValueAsync("#date"));

        await page.FillAsync("#date", "2000-05-07");
        await page.FillAsync("#place", "Kremlin, Moscow");
        await page.ClickAsync("form.editor-form button[type=submit]");

        await page.WaitForURLAsync(Url("/events/putin-becomes-president-2000"), Navigation.Parsed);
        var when = await page.Locator(".event-date").First.InnerTextAsync();
        Assert.Contains("May 2000", when, StringComparison.Ordinal);
        Assert.Contains("Kremlin, Moscow", when, StringComparison.Ordinal);
    }
}
