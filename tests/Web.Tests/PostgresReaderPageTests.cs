using System.Net;
using System.Text.Json;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// Every public reading page and embed over PostgreSQL. Npgsql reads truly asynchronously, so a page's first render
/// comes before its data (Microsoft.Data.Sqlite completes at once and hides that): the home page drew its timeline
/// from nothing, answered 500 and left its pooled connection mid-read for the next request.
/// </summary>
public sealed class PostgresReaderPageTests(PostgresEditorFixture site) : IClassFixture<PostgresEditorFixture>
{
    private async Task<string> FirstSlugAsync(HttpClient client, string resource)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/{resource}?limit=1", UriKind.Relative)));
        return list.RootElement.GetProperty("items")[0].GetProperty("slug").GetString()!;
    }

    [SkippableFact]
    public async Task EveryReadingPageAndEmbedAnswersWhole()
    {
        using var client = site.NewClient();
        var ev = await FirstSlugAsync(client, "events");
        var claim = await FirstSlugAsync(client, "claims");
        var actor = await FirstSlugAsync(client, "actors");
        var article = await FirstSlugAsync(client, "articles");
        string[] paths =
        [
            "/", $"/?event={ev}", "/?view=list", $"/events/{ev}", $"/claims/{claim}", $"/actors/{actor}", $"/articles/{article}",
            "/outlets", "/outlets/economist", "/claims", "/claims?q=treaty", "/actors", "/articles", "/coverage", "/search?q=Putin",
            "/embed-builder", $"/embed/claims/{claim}", $"/embed/events/{ev}", $"/embed/actors/{actor}", "/embed/timeline",
        ];
        foreach (var path in paths)
        {
            // Twice: the second answer may come from the read cache, the first never does.
            for (var round = 0; round < 2; round++)
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
                Assert.Contains("</html>", body, StringComparison.Ordinal);
            }
        }

        using var home = await client.GetAsync(new Uri("/?x=1", UriKind.Relative));
        Assert.Contains("Moscow and Pyongyang, 1961–2024", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
