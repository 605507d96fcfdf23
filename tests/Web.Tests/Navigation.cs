using Microsoft.Playwright;

namespace NewsTreaty.Web.Tests;

/// <summary>How the browser tests wait for a page they navigated to by clicking.</summary>
internal static class Navigation
{
    /// <summary>
    /// Waits until the page is at <paramref name="url"/> (a glob, as <see cref="IPage.WaitForURLAsync(string, PageWaitForURLOptions?)"/>
    /// takes) and its document has been parsed (our module scripts run before that). The URL is awaited only to its
    /// commit, and the parse is read from the page itself (<c>document.readyState</c>, polled), not from Playwright's
    /// lifecycle events: waiting for the <c>load</c> event once hung a CI run for 30 s after the page had rendered and
    /// gone network-idle, and waiting for <c>DOMContentLoaded</c> after a sign-in's redirect did the same twice ("NetworkIdle
    /// event fired" and nothing else). Assertions that need something on the page wait for that thing.
    /// </summary>
    public static async Task WaitForParsedAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, new PageWaitForFunctionOptions { PollingInterval = 50 });
    }
}
