using Microsoft.Playwright;

namespace NewsTreaty.Web.Tests;

/// <summary>MudBlazor controls at the desk, driven as an editor does.</summary>
internal static class DeskControls
{
    /// <summary>
    /// Types <paramref name="typed"/> into an autocomplete and chooses <paramref name="expected"/> from its list, then
    /// waits until the field shows the choice: that is when the circuit has taken it (a save or accept sent before then
    /// goes without it).
    /// </summary>
    public static async Task PickAsync(IPage page, string input, string typed, string expected)
    {
        await page.FillAsync(input, typed);
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = expected }).First.ClickAsync();
        await Assertions.Expect(page.Locator(input)).ToHaveValueAsync(expected);
    }
}
