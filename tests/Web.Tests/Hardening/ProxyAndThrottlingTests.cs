using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NewsTreaty.TestSupport;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests.Hardening;

/// <summary>Behind a TLS proxy, and under guessing: forwarded headers, Secure cookies, HSTS, throttled sign-in and keys.</summary>
[Collection(HardenedCollection.Name)]
public sealed class ProxyAndThrottlingTests(HardenedSite site)
{
    [Fact]
    public async Task BehindATrustedTlsProxyRedirectsAreHttpsAndCookiesSecure()
    {
        // Cookies are carried by hand: the browser speaks HTTPS to the proxy, but this client speaks HTTP to the host
        // and would hold back the Secure antiforgery cookie.
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.10");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var redirect = await client.GetAsync(new Uri("/editor", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("https", redirect.Headers.Location!.Scheme);

        var form = await client.GetAsync(new Uri("/editor/sign-in", UriKind.Relative));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var (_, page) = await ParseAsync(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/editor/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in",
                ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
                ["Input.Username"] = "vera",
                ["Input.Password"] = HardenedSite.Password,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location!.Scheme);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("nt_editor=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HstsIsSentOnlyOnHttpsRequests()
    {
        using var https = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        https.Headers.Host = "news.example";
        https.Headers.Add("X-Forwarded-Proto", "https");
        using var http = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        http.Headers.Host = "news.example";

        var secure = await site.NewClient().SendAsync(https);
        var plain = await site.NewClient().SendAsync(http);

        Assert.StartsWith("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task GuessingOnePasswordIsThrottledWithRetryAfterAndLogged()
    {
        var client = site.NewClient("203.0.113.20");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, "omar", "wrong guess " + i)).StatusCode);
        }

        var (refused, page) = await ParseAsync(await SignInAsync(client, "omar", "wrong guess 4"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Contains("Too many wrong passwords", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        // While throttled, even the right password is not checked: a guess that happens to be right earns nothing.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "omar", HardenedSite.Password)).StatusCode);
        // Another account from another address is not held up by this.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(site.NewClient("203.0.113.21"), "lin", HardenedSite.Password)).StatusCode);

        Assert.Contains(site.Factory.Logs.Lines, l => l.Contains("Editor sign-in failed for omar from 203.0.113.20", StringComparison.Ordinal));
        Assert.Contains(site.Factory.Logs.Lines, l => l.Contains("Refused editor sign-in for omar from 203.0.113.20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneAddressTryingManyAccountsIsThrottledToo()
    {
        var client = site.NewClient("203.0.113.30");
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, $"someone-{i}", "guess")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "someone-else", "guess")).StatusCode);
    }

    [Fact]
    public async Task WrongApiKeysFromOneAddressAreThrottledWith429AndRetryAfter()
    {
        var guesser = site.NewClient("203.0.113.40");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostWithKeyAsync(guesser, "nt_guess_" + i)).StatusCode);
        }

        var refused = await PostWithKeyAsync(guesser, "nt_guess_4");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://newstreaty.dev/problems/too-many-requests", problem.GetProperty("type").GetString());
        // Even the right key is not looked at from that address until the wait is over; elsewhere it works.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostWithKeyAsync(guesser, HardenedSite.AdminKey)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostWithKeyAsync(site.NewClient("203.0.113.41"), HardenedSite.AdminKey)).StatusCode);
        Assert.Contains(site.Factory.Logs.Lines, l => l.Contains("Rejected an unknown or revoked API key from 203.0.113.40", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUrlOrHeadersOverTheLimitGetAProblemThatSaysTheLimit()
    {
        var longUrl = await site.NewClient().GetAsync(new Uri("/api/v1/claims?q=" + new string('a', 9000), UriKind.Relative));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal("application/problem+json", longUrl.Content.Headers.ContentType?.MediaType);
        Assert.Contains("8192", await longUrl.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/claims", UriKind.Relative));
        for (var i = 0; i < 5; i++)
        {
            request.Headers.Add($"X-Padding-{i}", new string('b', 7000));
        }

        var bigHeaders = await site.NewClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, bigHeaders.StatusCode);
        Assert.Equal("application/problem+json", bigHeaders.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task KestrelRefusesANulInThePathBeforeTheAppWithAnEmptyBody()
    {
        // Documented in docs/api-errors.md: Kestrel answers this itself and offers no hook for a problem body.
        var response = await site.NewClient().GetAsync(new Uri("/api/v1/claims/a%00b", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password)
    {
        var (_, page) = await GetAsync(client, "/editor/sign-in");
        var (response, _) = await SubmitAsync(client, page, "sign-in", "/editor/sign-in", ("Input.Username", username), ("Input.Password", password));
        return response;
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/actors", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}

/// <summary>A proxy that is not on the trusted list cannot claim HTTPS or another client address.</summary>
public sealed class UntrustedProxyTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private NewsTreatyFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new NewsTreatyFactory(_database, new Dictionary<string, string?> { ["Security:TrustedProxies:0"] = "192.0.2.1" });
        _factory.UseKestrel(0);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedAddressAreIgnored()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _factory.CreateClient().BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var redirect = await client.GetAsync(new Uri("/editor", UriKind.Relative));

        Assert.Equal("http", redirect.Headers.Location!.Scheme);
    }
}
