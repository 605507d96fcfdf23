using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Access;

namespace NewsTreaty.Web.Editor;

/// <summary>
/// The editor area's cookie sign-in. It is a separate scheme from the API keys and never the default one,
/// so a browser's cookie can authorise editor pages but never an API write (which would invite CSRF).
/// </summary>
internal static class EditorAuthentication
{
    public const string Scheme = "EditorCookie";
    public const string EditorPolicy = "editor-area";

    /// <summary>Any signed-in account, whatever its role: enough to sign out.</summary>
    public const string SignedInPolicy = "editor-signed-in";
    public const string UsernameClaim = "editor_username";

    public static void AddNewsTreatyEditors(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EditorAccountStore>();
        builder.Services.AddScoped<EditorSignIn>();
        // Sign-in's throttle, shared with the API's key checks when the API is there; the command line has only this.
        builder.Services.TryAddSingleton<CredentialThrottles>();
        builder.Services.AddSingleton<IPasswordHasher<EditorAccount>, PasswordHasher<EditorAccount>>();
        builder.Services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "nt_editor";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/editor/sign-in";
            o.AccessDeniedPath = "/editor/forbidden";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RejectDisabledAccounts;
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(EditorPolicy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireRole(ApiRoles.Editor))
            .AddPolicy(SignedInPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
    }

    public static ClaimsPrincipal Principal(EditorAccountInfo account)
    {
        var claims = new List<System.Security.Claims.Claim>
        {
            new(ClaimTypes.Name, account.DisplayName),
            new(UsernameClaim, account.Username),
        };
        claims.AddRange(ApiRoles.Granted(account.Role).Select(r => new System.Security.Claims.Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>How a change is attributed in the revision history.</summary>
    public static string Actor(ClaimsPrincipal user) => $"{user.Identity?.Name} (editor {user.FindFirst(UsernameClaim)?.Value})";

    /// <summary>The signed-in editor on any page, even though the cookie is not the default scheme; null for readers.</summary>
    public static async Task<ClaimsPrincipal?> EditorAsync(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }

        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded && result.Principal.IsInRole(ApiRoles.Editor) ? result.Principal : null;
    }

    // A disabled account loses access at its next request, not when its cookie expires.
    private static async Task RejectDisabledAccounts(CookieValidatePrincipalContext context)
    {
        var username = context.Principal?.FindFirst(UsernameClaim)?.Value;
        // A scope of its own: a page component (EditLink) may ask who is signed in while the page's own query is still
        // running on the request's DbContext, and a context takes one operation at a time.
        await using var scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<EditorAccountStore>();
        if (username is null || !await store.IsActiveAsync(username, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
