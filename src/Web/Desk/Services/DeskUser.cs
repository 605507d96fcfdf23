using Microsoft.AspNetCore.Components.Authorization;
using NewsTreaty.Domain.Common;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>The account signed in to this circuit went away (disabled or signed out) before a save.</summary>
internal sealed class SignedOutException() : DomainException("Your account is no longer active; sign in again. Nothing was saved.");

/// <summary>Who is at the desk: how their changes are attributed, and whether their account may still write.</summary>
internal sealed class DeskUser(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    public async Task<string> UsernameAsync() =>
        (await authentication.GetAuthenticationStateAsync()).User.FindFirst(EditorAuthentication.UsernameClaim)?.Value ?? "";

    /// <summary>The history's name for the editor, after checking the account is still active (a disabled one is refused at once).</summary>
    public async Task<string> ActorAsync(CancellationToken ct)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return await EditorAuthenticationState.IsActiveAsync(scopes, user, ct) ? EditorAuthentication.Actor(user) : throw new SignedOutException();
    }
}
