using System.Net;
using System.Net.Http.Headers;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// The render-mode boundary over real HTTP: reader pages stay static (no blazor.web.js, no circuit state), desk pages
/// load the circuit only for a signed-in editor, and the circuit's hub refuses everyone else.
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class DeskBoundaryTests(EditorFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/claims")]
    [InlineData("/claims/banner-eternal-friendship")]
    [InlineData("/actors/vladimir-putin")]
    [InlineData("/articles")]
    [InlineData("/coverage")]
    [InlineData("/editor/sign-in")]
    public async Task AReaderPageLoadsNoBlazorScriptAndCarriesNoCircuitState(string path)
    {
        foreach (var client in new[] { site.NewClient(), await site.SignedInAsync("ana") })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
            Assert.DoesNotContain("_content/MudBlazor", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Blazor-Server-Component-State", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnEmbedLoadsNoBlazorScript()
    {
        var html = await site.NewClient().GetStringAsync(new Uri("/embed/claims/banner-eternal-friendship", UriKind.Relative));

        Assert.DoesNotContain("blazor", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADeskPageForAnEditorLoadsTheCircuitWithTheDeskHeaderPolicy()
    {
        var client = await site.SignedInAsync("ana");
        var response = await client.GetAsync(new Uri("/editor/claims", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task TheBlazorScriptAndMudBlazorAssetsAreServed()
    {
        var client = site.NewClient();
        foreach (var path in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.js", "/_content/MudBlazor/MudBlazor.min.css", "/js/desk.js" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Theory]
    [InlineData("/editor")]
    [InlineData("/editor/claims")]
    [InlineData("/editor/article-desk")]
    [InlineData("/editor/queue")]
    [InlineData("/editor/articles/guardian-view-putin-kim-alarming-pact/desk")]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryDeskPage(string path)
    {
        var response = await site.NewClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/sign-in", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task TheCircuitHubRefusesAnonymousVisitorsReaderAccountsAndOtherOrigins()
    {
        static HttpRequestMessage Negotiate(string? origin = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            return request;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.NewClient().SendAsync(Negotiate())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await site.SignedInAsync("rita")).SendAsync(Negotiate())).StatusCode);
        var editor = await site.SignedInAsync("ana");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendAsync(Negotiate("https://evil.example"))).StatusCode);
        // An editor from the site itself gets as far as Blazor's own checks.
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await editor.SendAsync(Negotiate(site.BaseAddress.GetLeftPart(UriPartial.Authority)))).StatusCode);
    }

    [Fact]
    public async Task TheEditorCookieStillDoesNotAuthoriseApiWrites()
    {
        var client = await site.SignedInAsync("ana");
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(new Uri("/api/v1/claims", UriKind.Relative), body)).StatusCode);
    }
}
