using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Infrastructure.MultiHost;

/// <summary>
/// The Data Protection keys (antiforgery tokens, editor sign-in cookies, the desk's circuits) in the database every
/// host shares, table <c>data_protection_keys</c> of schema step 0012: a cookie or form issued by one host is read by
/// any other, and by this one after a restart. Its own small context, so the domain model stays free of it.
/// </summary>
internal sealed class KeyStoreContext(DbContextOptions<KeyStoreContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
}

internal static class KeyStore
{
    /// <summary>Keys in the database, or in DataProtection:KeysFolder when an operator names one.</summary>
    public static void AddNewsTreatyDataProtection(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("NewsTreaty");
        if (builder.Configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
            return;
        }

        var database = Hosting.ReadDatabaseSettings(builder.Configuration);
        builder.Services.AddDbContext<KeyStoreContext>(options => database.Configure(options));
        protection.PersistKeysToDbContext<KeyStoreContext>();
    }

    /// <summary>The hosted service that reads the key ring as the host starts (internal to Data Protection).</summary>
    public static bool IsKeyRingPreloader(Type? type) =>
        type?.Assembly == typeof(IKeyManager).Assembly && type.Name == "DataProtectionHostedService";

    /// <summary>
    /// Makes the first key before any request, one host at a time: hosts starting together on an empty key table
    /// would otherwise each make their own and, until their key rings refresh, refuse each other's cookies. Then
    /// reads the key ring, so the first request that protects something does not pay for it.
    /// </summary>
    public static async Task EnsureDataProtectionKeyAsync(this IServiceProvider services, CancellationToken ct)
    {
        if (services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(KeyStoreContext)))
        {
            await EnsureKeyInDatabaseAsync(services, ct);
        } // else keys in a folder: one host's business

        services.GetDataProtector("NewsTreaty.Startup").Protect([]);
    }

    private static async Task EnsureKeyInDatabaseAsync(IServiceProvider services, CancellationToken ct)
    {

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727275)", ct);
            }

            var keys = services.GetRequiredService<IKeyManager>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2)))
            {
                keys.CreateNewKey(now, now.AddDays(90));
            }
        }
        finally
        {
            if (postgres)
            {
                // Not cancellable: the lock belongs to the session, and a pooled connection keeps its session (no reset).
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727275)", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }
}
