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
    /// <remarks>
    /// A select chosen just before gives its focus back to itself once its list has closed, and the autocomplete closes
    /// its list when it loses focus. So this waits for every list to close, and if the focus still comes back to the
    /// select after the typing, types again, as an editor whose list vanished would.
    /// </remarks>
    public static async Task PickAsync(IPage page, string input, string typed, string expected)
    {
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        var choice = page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = expected }).First;
        for (var attempt = 1; ; attempt++)
        {
            await page.FillAsync(input, "");
            await page.FillAsync(input, typed);
            try
            {
                await choice.WaitForAsync(new LocatorWaitForOptions { Timeout = attempt < 3 ? 10_000 : 30_000 });
                break;
            }
            catch (System.TimeoutException) when (attempt < 3)
            {
            }
        }

        await choice.ClickAsync();
        await Assertions.Expect(page.Locator(input)).ToHaveValueAsync(expected);
    }
}
