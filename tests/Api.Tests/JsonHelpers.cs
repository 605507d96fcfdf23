using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsTreaty.Api.Tests;

internal static class JsonHelpers
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.StartsWith("https://", problem.GetProperty("type").GetString());
        return problem;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    /// <summary>
    /// Every item of every page, following the next links from <paramref name="url"/>. A next link already followed
    /// (paging that does not move on) fails the test instead of looping for ever.
    /// </summary>
    public static async Task<List<JsonElement>> AllItemsAsync(this HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        var followed = new HashSet<string>(StringComparer.Ordinal);
        for (string? next = url; next is not null;)
        {
            Assert.True(followed.Add(next), $"the next link {next} came back again after {items.Count} items");
            var page = await client.GetJsonAsync(next);
            items.AddRange(page.Items());
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.Str("next");
        }

        return items;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static string Str(this System.Text.Json.Nodes.JsonNode n, string name) => n[name]!.GetValue<string>();
}
