using NewsTreaty.Api.Infrastructure.Auth;

namespace NewsTreaty.Web.Editor;

/// <summary>The result of a sign-in attempt: the account, or how long the caller must wait before trying again.</summary>
internal sealed record SignInOutcome(EditorAccountInfo? Account, TimeSpan Wait);

/// <summary>
/// Editor sign-in with a defence against guessing: wrong passwords are counted per account and per address, and
/// past a few each further attempt must wait longer (<see cref="FailureThrottle"/>); a throttled attempt is not
/// even checked. Every failure and refusal is logged with the account and the address.
/// </summary>
internal sealed class EditorSignIn(EditorAccountStore accounts, CredentialThrottles throttles, ILogger<EditorSignIn> logger)
{
    public async Task<SignInOutcome> TryAsync(string username, string password, HttpContext http)
    {
        var name = username.Trim().ToLowerInvariant();
        name = name.Length > 64 ? name[..64] : name;
        var address = CredentialThrottles.Address(http);
        var wait = Max(throttles.SignInAccounts.Wait("account:" + name), throttles.SignInAddresses.Wait(address));
        if (wait > TimeSpan.Zero)
        {
            logger.LogWarning("Refused editor sign-in for {Username} from {Address}: too many wrong passwords, retry in {Seconds} s",
                name, address, CredentialThrottles.Seconds(wait));
            return new SignInOutcome(null, wait);
        }

        var account = await accounts.VerifyAsync(username, password, http.RequestAborted);
        if (account is null)
        {
            var forAccount = throttles.SignInAccounts.Fail("account:" + name);
            var fromAddress = throttles.SignInAddresses.Fail(address);
            logger.LogWarning("Editor sign-in failed for {Username} from {Address} ({AccountFailures} recent failures for the account, {AddressFailures} from the address)",
                name, address, forAccount, fromAddress);
            return new SignInOutcome(null, TimeSpan.Zero);
        }

        // The account's count is cleared; the address's is not, or one's own account would reset a guesser's count.
        throttles.SignInAccounts.Succeed("account:" + name);
        logger.LogInformation("Editor {Username} signed in from {Address}", name, address);
        return new SignInOutcome(account, TimeSpan.Zero);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
