using System.Buffers.Text;
using System.Security.Cryptography;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Access;

/// <summary>What a key may do; each role includes the ones before it.</summary>
public enum ApiRole
{
    Reader,
    Editor,
    Admin,
}

/// <summary>
/// An API key as stored: never the secret itself, only its SHA-256 and a short public prefix by
/// which people can tell keys apart in lists and logs.
/// </summary>
public sealed class ApiKey
{
    public const string SecretPrefix = "nt_";
    public const int PrefixLength = 11;

    private ApiKey()
    {
    }

    private ApiKey(string name, ApiRole role, string prefix, string hash, DateTime createdAt)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("A key needs a name saying who or what uses it.") : name.Trim();
        if (Name.Length > Limits.Name)
        {
            throw new DomainException($"Key name is {Name.Length} characters long; the limit is {Limits.Name}.");
        }

        Role = role;
        Prefix = prefix;
        Hash = hash;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the secret ("nt_AbCd1234"): public, unique, enough to name the key.</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>SHA-256 (hex) of the whole secret.</summary>
    public string Hash { get; private set; } = "";

    public ApiRole Role { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>Creates a key with a fresh random 32-byte secret, returned once and never stored.</summary>
    public static (ApiKey Key, string Secret) Issue(string name, ApiRole role, DateTime utcNow)
    {
        var secret = SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (new ApiKey(name, role, secret[..PrefixLength], HashOf(secret), utcNow), secret);
    }

    public static string HashOf(string secret) => Hashing.Sha256Hex(secret);

    public void Revoke(DateTime utcNow) => RevokedAt ??= utcNow;
}
