using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsTreaty.Domain.Access;

namespace NewsTreaty.Api.Infrastructure.Auth;

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>Auth:BootstrapAdminKey: an admin key given by configuration, compared in constant time, never stored or logged.</summary>
    public string? BootstrapAdminKey { get; set; }
}

/// <summary>Recognises an API key sent as <c>Authorization: Bearer nt_…</c> or <c>X-Api-Key: nt_…</c>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys, IProblemDetailsService problems,
    CredentialThrottles throttles)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string PrefixClaim = "key_prefix";
    private const string ThrottledItem = "newstreaty:key-throttled";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadSecret(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        // An address that keeps sending wrong keys is not even checked until its wait is over: guessing stays slow.
        var address = CredentialThrottles.Address(Context);
        var wait = throttles.KeyAddresses.Wait(address);
        if (wait > TimeSpan.Zero)
        {
            Context.Items[ThrottledItem] = wait;
            return AuthenticateResult.Fail("Too many wrong API keys from this address.");
        }

        if (IsBootstrapKey(secret, Options.BootstrapAdminKey))
        {
            return Success("bootstrap admin key", "bootstrap", ApiRole.Admin);
        }

        var key = await keys.FindActiveAsync(secret, Context.RequestAborted);
        if (key is null)
        {
            var failures = throttles.KeyAddresses.Fail(address);
            Logger.LogWarning("Rejected an unknown or revoked API key from {Address} ({Failures} failures recently)", address, failures);
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        return Success(key.Name, key.Prefix, key.Role);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        if (Context.Items[ThrottledItem] is TimeSpan wait)
        {
            var seconds = CredentialThrottles.Seconds(wait);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Logger.LogWarning("Throttled API key attempts from {Address} for {Seconds} s", CredentialThrottles.Address(Context), seconds);
            await WriteProblemAsync(StatusCodes.Status429TooManyRequests, ProblemTypes.TooManyRequests, "Too many wrong API keys",
                $"This address sent too many unknown or revoked API keys; retry after {seconds} s with a valid key.");
            return;
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Authentication required",
            failure?.Message ?? "Writes need an API key: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Not allowed",
            $"The key '{Context.User.FindFirst(PrefixClaim)?.Value}' has the role '{ApiRoles.Highest(Context.User)}', which may not do this.");

    private async Task WriteProblemAsync(int status, string type, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    private static AuthenticateResult Success(string name, string prefix, ApiRole role)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(PrefixClaim, prefix) };
        claims.AddRange(ApiRoles.Granted(role).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static string? ReadSecret(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static bool IsBootstrapKey(string secret, string? configured) =>
        !string.IsNullOrEmpty(configured)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
