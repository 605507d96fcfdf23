using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Tests;

internal static class WriteHelpers
{
    /// <summary>Text written for these tests; appearances quote it by offset.</summary>
    public const string ArticleText =
        "The committee met on Tuesday. Its chair said the agreement would be reviewed within a year. Critics called the timetable vague.";

    public const string Quote = "Its chair said the agreement would be reviewed within a year.";

    public static int QuoteStart => ArticleText.IndexOf(Quote, StringComparison.Ordinal);

    public static JsonObject Article(string slug) => new()
    {
        ["slug"] = slug,
        ["outlet"] = "economist",
        ["headline"] = "A committee reviews the agreement",
        ["genre"] = "news",
        ["published"] = new JsonObject { ["date"] = "2024-06-25" },
        ["text"] = ArticleText,
    };

    public static JsonObject Claim(string slug, string article) => new()
    {
        ["slug"] = slug,
        ["text"] = "The agreement will be reviewed within a year.",
        ["kind"] = "prediction",
        ["claimantActor"] = "vladimir-putin",
        ["appearances"] = new JsonArray(Appearance(article)),
    };

    /// <summary>An import bundle of these articles and claims.</summary>
    public static JsonObject Bundle(JsonObject[] articles, JsonObject[] claims) => new()
    {
        ["format"] = "newstreaty-bundle",
        ["version"] = 1,
        ["articles"] = new JsonArray([.. articles]),
        ["claims"] = new JsonArray([.. claims]),
    };

    /// <summary>An <see cref="Article(string)"/> published on <paramref name="published"/> (yyyy-mm-dd).</summary>
    public static JsonObject DatedArticle(string slug, string published)
    {
        var article = Article(slug);
        article["published"] = new JsonObject { ["date"] = published };
        return article;
    }

    /// <summary>A <see cref="Claim(string, string)"/> worded <paramref name="text"/>, with these appearances.</summary>
    public static JsonObject WordedClaim(string slug, string text, params JsonObject[] appearances)
    {
        var claim = Claim(slug, "unused");
        claim["text"] = text;
        claim["appearances"] = new JsonArray([.. appearances]);
        return claim;
    }

    public static JsonObject Appearance(string article, string quote = Quote) => new()
    {
        ["article"] = article,
        ["quote"] = quote,
        ["start"] = ArticleText.IndexOf(quote, StringComparison.Ordinal),
        ["end"] = ArticleText.IndexOf(quote, StringComparison.Ordinal) + quote.Length,
        ["role"] = "originates",
    };

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The ETag of a record's GET: the response header once conditional GET is in place, otherwise the documented hash of the body.</summary>
    public static async Task<string> ETagAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag?.ToString() ?? ETag.Compute(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The first message of a validation problem's field, failing with the whole problem when the field is absent.</summary>
    public static string FieldError(this JsonElement problem, string field)
    {
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"No error for '{field}' in {problem}");
        return messages[0].GetString()!;
    }

    public static async Task<string> CreateKeyAsync(this HttpClient admin, string name, string role)
    {
        var created = await (await admin.SendAsync(HttpMethod.Post, "/api/v1/admin/keys", new JsonObject { ["name"] = name, ["role"] = role }))
            .ExpectAsync(HttpStatusCode.Created);
        return created.Str("key");
    }
}
