using Microsoft.Playwright;
using Xunit;

namespace NewsTreaty.TestSupport;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download is possible here). Skipped with the
/// reason when /usr/bin/chromium is absent, unless NEWSTREATY_REQUIRE_BROWSER=1 (as in CI).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = Environment.GetEnvironmentVariable("NEWSTREATY_CHROMIUM") ?? ExecutablePath;
        if (!File.Exists(path))
        {
            if (Environment.GetEnvironmentVariable("NEWSTREATY_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException($"Browser tests are required (NEWSTREATY_REQUIRE_BROWSER=1) but {path} does not exist.");
            }

            throw new SkipException($"Browser tests skipped: no Chromium at {path}. Install Debian's 'chromium' package to run them.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Flags });
    }
}
