using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Editor;

internal sealed record EditorAccountInfo(string Username, string DisplayName, ApiRole Role, DateTime CreatedAt, DateTime? DisabledAt);

/// <summary>Creating, listing, disabling and checking editor accounts; shared by the CLI and the sign-in page.</summary>
internal sealed class EditorAccountStore(NewsTreatyDbContext db, IPasswordHasher<EditorAccount> hasher, TimeProvider clock)
{
    public const int MinimumPasswordLength = 12;

    // Verified when the username is unknown, so a wrong username costs as much time as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<EditorAccount>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<EditorAccountInfo> CreateAsync(string username, string? displayName, ApiRole role, string password, CancellationToken ct)
    {
        if (password.Length < MinimumPasswordLength)
        {
            throw new DomainException($"The password is {password.Length} characters long; use at least {MinimumPasswordLength}.");
        }

        var name = EditorAccount.Normalize(username);
        if (await db.EditorAccounts.AnyAsync(a => a.Username == name, ct))
        {
            throw new DomainException($"There is already an account '{name}'.");
        }

        var account = new EditorAccount(name, displayName ?? name, role, "", clock.GetUtcNow().UtcDateTime);
        account.ReplaceHash(hasher.HashPassword(account, password));
        db.EditorAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return Info(account);
    }

    public async Task<IReadOnlyList<EditorAccountInfo>> ListAsync(CancellationToken ct) =>
        (await db.EditorAccounts.AsNoTracking().OrderBy(a => a.Username).ToListAsync(ct)).Select(Info).ToList();

    public async Task<EditorAccountInfo> DisableAsync(string username, CancellationToken ct)
    {
        var name = username.Trim().ToLowerInvariant();
        var account = await db.EditorAccounts.FirstOrDefaultAsync(a => a.Username == name, ct) ?? throw new NotFoundException("editor account", username);
        account.Disable(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Info(account);
    }

    /// <summary>The active account with these credentials, or null with no hint whether the username exists.</summary>
    public async Task<EditorAccountInfo?> VerifyAsync(string username, string password, CancellationToken ct)
    {
        var name = username.Trim().ToLowerInvariant();
        var account = await db.EditorAccounts.FirstOrDefaultAsync(a => a.Username == name, ct);
        var result = hasher.VerifyHashedPassword(account!, account?.PasswordHash ?? DecoyHash.Value, password);
        if (account is not { IsActive: true } || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.ReplaceHash(hasher.HashPassword(account, password));
            await db.SaveChangesAsync(ct);
        }

        return Info(account);
    }

    public Task<bool> IsActiveAsync(string username, CancellationToken ct) =>
        db.EditorAccounts.AsNoTracking().AnyAsync(a => a.Username == username && a.DisabledAt == null, ct);

    private static EditorAccountInfo Info(EditorAccount a) => new(a.Username, a.DisplayName, a.Role, a.CreatedAt, a.DisabledAt);
}
