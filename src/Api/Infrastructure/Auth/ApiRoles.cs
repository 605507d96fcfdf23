using System.Security.Claims;
using NewsTreaty.Domain.Access;

namespace NewsTreaty.Api.Infrastructure.Auth;

/// <summary>Authorization policies by role; each role includes the ones below it (admin ⊇ editor ⊇ reader).</summary>
public static class ApiRoles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IEnumerable<string> Granted(ApiRole role) => role switch
    {
        ApiRole.Admin => [Admin, Editor, Reader],
        ApiRole.Editor => [Editor, Reader],
        _ => [Reader],
    };

    public static string Highest(ClaimsPrincipal user) =>
        user.IsInRole(Admin) ? Admin : user.IsInRole(Editor) ? Editor : Reader;

    /// <summary>How a change is attributed in the revision history: the key's name and public prefix.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        $"{user.Identity?.Name} ({user.FindFirst(ApiKeyAuthenticationHandler.PrefixClaim)?.Value})";
}
