using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.TestSupport;

/// <summary>The real NewsTreaty host over a real database, configured the way an operator would: through settings.</summary>
public sealed class NewsTreatyFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>What the host logged (Information and above), as rendered lines.</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.ProviderSetting);
        builder.UseSetting("ConnectionStrings:NewsTreaty", Database.ConnectionString);
        builder.UseSetting("Logging:MinimumLevel", "Warning");
        // Test clients share one partition (the test server has no remote address) and a class's tests share a
        // host: the default 300 a minute would make tests fail by their number. Rate-limit tests set their own.
        builder.UseSetting("ApiLimits:AnonymousPermitLimit", "1000000");
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs <paramref name="action"/> with a DbContext of the host's own configuration.</summary>
    public async Task<T> WithDbAsync<T>(Func<NewsTreatyDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>());
    }
}
