using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// What the review-queue journeys share: a scripted ingestion stored as POST /api/v1/ingest would, the queue opened from
/// the keyboard, a proposal's row by kind and words, and the row's review state.
/// </summary>
public abstract partial class ReviewQueueJourney(EditorFixture site)
{
    protected EditorFixture Site => site;

    protected string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    protected Task<int> IngestAsync(string filed, string? outlet) => ScriptedIngestion.StoreAsync(site.Factory.Services, filed, outlet);

    protected async Task<IPage> OpenAsync(IBrowser browser, int ingestion)
    {
        var page = await site.SignedInPageAsync(browser, "ana", "/editor/queue");

        // From the queue to the ingestion with the keyboard.
        await page.Locator($"#ingestion-queue a[href='/editor/ingestions/{ingestion}']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Url($"/editor/ingestions/{ingestion}"), Navigation.Parsed);
        await page.Locator(".proposal-list").WaitForAsync();
        return page;
    }

    protected static ILocator Row(IPage page, string kind, string words) =>
        page.Locator(".proposal-row", new PageLocatorOptions { Has = page.Locator(".proposal-kind", new PageLocatorOptions { HasTextString = kind }), HasTextString = words });

    [GeneratedRegex(@"\brejected\b")]
    protected static partial Regex RejectedClass();

    [GeneratedRegex(@"\baccepted\b")]
    protected static partial Regex AcceptedClass();

    [GeneratedRegex(@"\bcurrent\b")]
    protected static partial Regex CurrentClass();
}
