using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>
/// The circuit's editor, checked again every minute: an account disabled while its desk is open is signed out of the
/// circuit too (saves check it at once, see <see cref="DeskUser"/>).
/// </summary>
internal sealed class EditorAuthenticationState(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        await IsActiveAsync(scopes, state.User, ct);

    public static async Task<bool> IsActiveAsync(IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.FindFirst(EditorAuthentication.UsernameClaim)?.Value is not { } username)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EditorAccountStore>().IsActiveAsync(username, ct);
    }
}
