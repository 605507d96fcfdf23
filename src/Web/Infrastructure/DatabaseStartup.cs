using System.Runtime;
using System.Runtime.InteropServices;
using NewsTreaty.Domain.Data;
using NewsTreaty.Web.Infrastructure.MultiHost;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// Brings the database up to date (schema, the curated dataset on an empty database, the first Data Protection key)
/// while the server starts, instead of before it: on two cores the schema check and the key ring's first query
/// (about 0.4 s of CPU) overlap the building of the endpoints and the Blazor hub. No request reaches the application
/// before the database is ready: <see cref="UseNewsTreatyStartupGate"/> holds early requests until then, and the host's
/// start itself does not complete until then (<see cref="StartedAsync"/>), so a host that started is a ready host and
/// a database that cannot be brought up still stops the process with the error, as before.
/// </summary>
internal sealed class DatabaseStartup(
    IServiceProvider services, IConfiguration configuration, DatabaseSettings database, IHostApplicationLifetime lifetime, ILogger<DatabaseStartup> logger)
    : IHostedLifecycleService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the database is ready for requests; faults with the reason when it cannot be.</summary>
    public Task Ready => _ready.Task;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // What an operator comparing memory or throughput between hosts needs first: the runtime and its collector.
        logger.LogInformation("Host starting on {Runtime} with the {Collector} garbage collector, {Processors} processors",
            RuntimeInformation.FrameworkDescription, GCSettings.IsServerGC ? "server" : GCSettings.LatencyMode == GCLatencyMode.Batch ? "workstation" : "workstation (concurrent)",
            Environment.ProcessorCount);
        _ = Task.Run(async () =>
        {
            try
            {
                await InitializeAsync(lifetime.ApplicationStopping);
                _ready.TrySetResult();
            }
            catch (Exception ex)
            {
                logger.LogCritical(ex,
                    "The database {Database} could not be brought up, so the host stops: {Reason} Check ConnectionStrings:NewsTreaty "
                    + "and Database:Provider, and that the database server is running and reachable from this host",
                    database.Describe(), ex.Message);
                _ready.TrySetException(ex);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Ready.WaitAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await initializer.InitializeAsync(configuration.GetValue("Database:SeedOnStart", true), ct);
        }

        await services.EnsureDataProtectionKeyAsync(ct);
    }
}

internal static class DatabaseStartupExtensions
{
    /// <summary>
    /// Registers the bring-up. Called after everything else is registered: Data Protection reads (and, on an empty
    /// store, makes) the key ring in a hosted service of its own while the host starts, which would now run beside the
    /// bring-up (on a fresh PostgreSQL database before the key table exists, and outside the lock that lets one host
    /// make the first key); every <c>AddDataProtection()</c> call adds that service again, so it is taken out last.
    /// <see cref="KeyStore.EnsureDataProtectionKeyAsync"/> reads the key ring instead, once the first key is there.
    /// </summary>
    public static void AddNewsTreatyDatabaseStartup(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(s => s.GetRequiredService<DatabaseStartup>());
        foreach (var preloader in services.Where(d => d.ServiceType == typeof(IHostedService) && KeyStore.IsKeyRingPreloader(d.ImplementationType)).ToList())
        {
            services.Remove(preloader);
        }
    }

    /// <summary>
    /// First in the pipeline: a request that arrives while the database is still being brought up waits for it (or for
    /// its client to give up); if the database cannot be brought up, it is answered 503 while the host stops.
    /// </summary>
    public static void UseNewsTreatyStartupGate(this WebApplication app)
    {
        var ready = app.Services.GetRequiredService<DatabaseStartup>().Ready;
        app.Use(async (context, next) =>
        {
            if (!ready.IsCompletedSuccessfully)
            {
                try
                {
                    await ready.WaitAsync(context.RequestAborted);
                }
                catch (Exception) when (ready.IsFaulted)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }
            }

            await next(context);
        });
    }
}
