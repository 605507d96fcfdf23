using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Access;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Tests.Hardening;

/// <summary>
/// Its own host on a real loopback port (so requests have a client address, and loopback is the trusted proxy),
/// with low throttling limits and an admin key, so guessing tests never slow the other suites' shared hosts.
/// Requests pretend to come from different clients through X-Forwarded-For, as a trusted proxy would say.
/// </summary>
public sealed class HardenedSite : IAsyncLifetime
{
    public const string Password = "a long test password";
    public const string AdminKey = "nt_test_admin_key_for_hardening_tests";
    private readonly TestDatabase _database = TestDatabase.NewSqlite();

    public NewsTreatyFactory Factory { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new NewsTreatyFactory(_database, new Dictionary<string, string?>
        {
            ["Security:Throttling:FreeSignInFailuresPerAccount"] = "3",
            ["Security:Throttling:FreeSignInFailuresPerAddress"] = "6",
            ["Security:Throttling:FreeKeyFailuresPerAddress"] = "3",
            ["Security:Throttling:LongestWaitSeconds"] = "60",
            ["Auth:BootstrapAdminKey"] = AdminKey,
        });
        Factory.UseKestrel(0);
        Factory.StartServer();
        using var client = Factory.CreateClient();
        BaseAddress = client.BaseAddress!;
        await using var scope = Factory.Services.CreateAsyncScope();
        foreach (var name in new[] { "vera", "omar", "lin" })
        {
            await scope.ServiceProvider.GetRequiredService<EditorAccountStore>().CreateAsync(name, null, ApiRole.Editor, Password, CancellationToken.None);
        }
    }

    /// <summary>A client that does not follow redirects and, when <paramref name="clientAddress"/> is given, says it forwards for that address.</summary>
    public HttpClient NewClient(string? clientAddress = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        if (clientAddress is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class HardenedCollection : ICollectionFixture<HardenedSite>
{
    public const string Name = "hardened";
}
