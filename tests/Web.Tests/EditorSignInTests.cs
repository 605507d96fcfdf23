using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Access;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>Signing in and out of the editor area, and who may reach it, over real HTTP.</summary>
[Collection(EditorCollection.Name)]
public sealed class EditorSignInTests(EditorFixture site)
{
    private const string Generic = "That username and password do not match an active account.";

    [Theory]
    [InlineData("ana", "not the password")]
    [InlineData("nobody-here", Password)]
    public async Task AWrongPasswordOrUnknownUserGetsTheSameMessageAndNoCookie(string username, string password)
    {
        var client = site.NewClient();
        var (_, page) = await GetAsync(client, "/editor/sign-in");
        var (response, result) = await SubmitAsync(client, page, "sign-in", "/editor/sign-in", ("Input.Username", username), ("Input.Password", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Generic, result.QuerySelector("[role=alert]")?.TextContent.Trim());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("nt_editor=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRightPasswordSetsAnHttpOnlyLaxCookieAndReturnsToThePageAskedFor()
    {
        var client = site.NewClient();
        var response = await site.SignInAsync(client, "ana", Password, "/editor/claims/banner-eternal-friendship/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/claims/banner-eternal-friendship/edit", response.Headers.Location?.AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("nt_editor=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task AReturnUrlOffTheSiteIsIgnored(string returnUrl)
    {
        var response = await site.SignInAsync(site.NewClient(), "ana", Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(site.BaseAddress, "/editor"), response.Headers.Location);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInWithTheirReturnUrl()
    {
        var response = await site.NewClient().GetAsync(new Uri("/editor/claims/banner-eternal-friendship/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/sign-in", response.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Feditor%2Fclaims%2Fbanner-eternal-friendship%2Fedit", response.Headers.Location?.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReaderAccountGetsTheForbiddenPage()
    {
        var client = await site.SignedInAsync("rita");
        var redirect = await client.GetAsync(new Uri("/editor/claims/banner-eternal-friendship/edit", UriKind.Relative));
        Assert.Equal("/editor/forbidden", redirect.Headers.Location?.AbsolutePath);

        var (response, page) = await GetAsync(client, redirect.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("may read but not edit", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEditorCookieDoesNotAuthoriseApiWrites()
    {
        var client = await site.SignedInAsync("ana");
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PutAsync(new Uri("/api/v1/claims/banner-eternal-friendship", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SigningOutIsAPostWithAntiforgeryAndEndsTheSession()
    {
        var client = await site.SignedInAsync("ana");
        var (_, home) = await GetAsync(client, "/editor/sign-out");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/editor/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "sign-out" }))).StatusCode);

        var (response, _) = await SubmitAsync(client, home, "sign-out", "/editor/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/editor", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountLosesItsOpenSessionAndCannotSignIn()
    {
        await site.CreateAccountAsync("temp-editor", ApiRole.Editor);
        var client = await site.SignedInAsync("temp-editor");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/editor", UriKind.Relative))).StatusCode);

        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Editor.EditorAccountStore>().DisableAsync("temp-editor", CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/editor", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.SignInAsync(site.NewClient(), "temp-editor", Password)).StatusCode);
    }
}
