using System.Net;

namespace NewsTreaty.Web.Tests.Hardening;

/// <summary>What a browser on another site, or on ours, is told it may do: CORS, CSP, Referrer-Policy.</summary>
[Collection(HardenedCollection.Name)]
public sealed class CrossOriginAndHeaderTests(HardenedSite site)
{
    private const string Newsroom = "https://newsroom.example";

    [Theory]
    [InlineData("/api/v1/timeline?format=timelinejs")]
    [InlineData("/api/v1/claims?limit=2")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2F")]
    public async Task PublicReadsAllowAnyOriginWithoutCredentials(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", Newsroom);

        var response = await site.NewClient().SendAsync(request);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task AReadPreflightWithIfNoneMatchIsAllowedAndETagIsReadable()
    {
        var preflight = await PreflightAsync("GET", "/api/v1/timeline", "if-none-match");
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("*", Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Origin")));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/timeline", UriKind.Relative));
        request.Headers.Add("Origin", Newsroom);
        var response = await site.NewClient().SendAsync(request);
        Assert.Contains("etag", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CrossOriginWritesAreAllowedOnlyWithAKey()
    {
        var anonymous = await PreflightAsync("POST", "/api/v1/claims", "content-type");
        Assert.False(anonymous.Headers.Contains("Access-Control-Allow-Origin"));

        var keyed = await PreflightAsync("PUT", "/api/v1/claims/x", "authorization, content-type, if-match");
        Assert.Equal("*", Assert.Single(keyed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("PUT", string.Join(",", keyed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestionFollowsTheSameRules()
    {
        Assert.False((await PreflightAsync("POST", "/api/v1/ingest", "content-type")).Headers.Contains("Access-Control-Allow-Origin"));
        var keyed = await PreflightAsync("POST", "/api/v1/ingestions/1/review", "x-api-key, content-type, if-match");
        Assert.Equal("*", Assert.Single(keyed.Headers.GetValues("Access-Control-Allow-Origin")));

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/ingest", UriKind.Relative))
        {
            Content = new StringContent("An article we wrote ourselves.", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", Newsroom);
        var anonymous = await site.NewClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Contains("object-src 'none'", string.Join(";", anonymous.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesAndTheEditorGetNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/editor/sign-in", UriKind.Relative));
        request.Headers.Add("Origin", Newsroom);

        var response = await site.NewClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/claims")]
    [InlineData("/editor/sign-in")]
    [InlineData("/swagger/index.html")]
    public async Task AppPagesSendARealContentSecurityPolicyAndReferrerPolicy(string path)
    {
        var first = await site.NewClient().GetAsync(new Uri(path, UriKind.Relative));
        var policy = Directives(first);

        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["script-src"]); // no inline script anywhere, so no nonce (a cached page's would be no secret)
        Assert.StartsWith("'self'", policy["frame-ancestors"], StringComparison.Ordinal);
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(first.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task WidgetsKeepTheirOwnStricterPolicy()
    {
        var policy = Directives(await site.NewClient().GetAsync(new Uri("/embed/timeline", UriKind.Relative)));

        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("*", policy["frame-ancestors"]);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string method, string path, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", Newsroom);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await site.NewClient().SendAsync(request);
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);
}
