using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Access;

public sealed record ApiKeyInfo(string Prefix, string Name, ApiRole Role, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>Creating, listing, revoking and recognising API keys; shared by the CLI and the admin endpoints.</summary>
public sealed class ApiKeyStore(NewsTreatyDbContext db, TimeProvider clock)
{
    public async Task<(ApiKeyInfo Key, string Secret)> CreateAsync(string name, ApiRole role, CancellationToken ct)
    {
        var (key, secret) = ApiKey.Issue(name, role, clock.GetUtcNow().UtcDateTime);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (Info(key), secret);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct) =>
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct)).Select(Info).ToList();

    public async Task<ApiKeyInfo> RevokeAsync(string prefix, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, ct) ?? throw new NotFoundException("API key", prefix);
        key.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Info(key);
    }

    /// <summary>The active key with this secret, if any. Looked up by hash, so the secret is never compared or stored.</summary>
    public async Task<ApiKeyInfo?> FindActiveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(ApiKey.SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = ApiKey.HashOf(secret);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        return key is null ? null : Info(key);
    }

    private static ApiKeyInfo Info(ApiKey k) => new(k.Prefix, k.Name, k.Role, k.CreatedAt, k.RevokedAt);
}
