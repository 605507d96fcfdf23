using System.Text.RegularExpressions;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Access;

/// <summary>
/// A person who signs in to the editor area. The role uses the API keys' names (reader ⊂ editor ⊂ admin);
/// the password is kept only as an ASP.NET Core <c>PasswordHasher</c> hash, made by the web host.
/// </summary>
public sealed partial class EditorAccount
{
    public const int UsernameLength = 60;
    public const int HashLength = 200;

    private EditorAccount()
    {
    }

    public EditorAccount(string username, string displayName, ApiRole role, string passwordHash, DateTime createdAt)
    {
        Username = Normalize(username);
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? Username : displayName.Trim();
        if (DisplayName.Length > Limits.Name)
        {
            throw new DomainException($"The display name is {DisplayName.Length} characters long; the limit is {Limits.Name}.");
        }

        Role = role;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    /// <summary>Lower case letters, digits, '.', '-' and '_': what editors type to sign in and what the history shows.</summary>
    public string Username { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public ApiRole Role { get; private set; }

    public string PasswordHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? DisabledAt { get; private set; }

    public bool IsActive => DisabledAt is null;

    public static string Normalize(string username)
    {
        var name = (username ?? "").Trim().ToLowerInvariant();
        return UsernamePattern().IsMatch(name)
            ? name
            : throw new DomainException($"'{username}' is not a usable username: use 2 to {UsernameLength} lower case letters, digits, '.', '-' or '_'.");
    }

    public void Disable(DateTime utcNow) => DisabledAt ??= utcNow;

    /// <summary>Replaces the stored hash when PasswordHasher asks for a rehash (a stronger iteration count).</summary>
    public void ReplaceHash(string passwordHash) => PasswordHash = passwordHash;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,59}$")]
    private static partial Regex UsernamePattern();
}
