using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace NewsTreaty.Api.Infrastructure.Auth;

/// <summary>Section "Security:Throttling": how many wrong passwords or API keys are free before each costs a growing wait.</summary>
public sealed class ThrottleSettings
{
    public const string Section = "Security:Throttling";

    public int FreeSignInFailuresPerAccount { get; set; } = 5;

    public int FreeSignInFailuresPerAddress { get; set; } = 20;

    public int FreeKeyFailuresPerAddress { get; set; } = 20;

    /// <summary>The longest wait one key can be given: a real editor locked out by someone else's guessing waits no longer.</summary>
    public int LongestWaitSeconds { get; set; } = 300;

    public int ForgetAfterMinutes { get; set; } = 15;
}

/// <summary>The throttles on guessing: editor sign-in per account and per address, API keys per address.</summary>
public sealed class CredentialThrottles(IOptions<ThrottleSettings> options, TimeProvider clock)
{
    public FailureThrottle SignInAccounts { get; } = Create(options.Value.FreeSignInFailuresPerAccount, options.Value, clock);

    public FailureThrottle SignInAddresses { get; } = Create(options.Value.FreeSignInFailuresPerAddress, options.Value, clock);

    public FailureThrottle KeyAddresses { get; } = Create(options.Value.FreeKeyFailuresPerAddress, options.Value, clock);

    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Whole seconds for a Retry-After header: at least one.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static FailureThrottle Create(int free, ThrottleSettings settings, TimeProvider clock) =>
        new(Math.Max(0, free), TimeSpan.FromSeconds(Math.Max(1, settings.LongestWaitSeconds)), TimeSpan.FromMinutes(Math.Max(1, settings.ForgetAfterMinutes)), clock);
}
