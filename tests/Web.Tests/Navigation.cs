using Microsoft.Playwright;

namespace NewsTreaty.Web.Tests;

/// <summary>How the browser tests wait for a page they navigated to by clicking.</summary>
internal static class Navigation
{
    /// <summary>
    /// The new document has committed and been parsed (our module scripts run before DOMContentLoaded).
    /// Waiting for the <c>load</c> event instead once hung a CI run for 30 s after the page had
    /// rendered and gone network-idle, so no test depends on it; assertions that need something
    /// on the page wait for that thing.
    /// </summary>
    public static readonly PageWaitForURLOptions Parsed = new() { WaitUntil = WaitUntilState.DOMContentLoaded };
}
