using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Requests for a cache entry being filled wait for the first one and share its response. If the first client hangs
/// up, its work must still finish: were it cancelled, every request waiting on the entry would fail with it. The test
/// holds the first request inside its database query, parks a second request on the same entry, hangs the first
/// client up, and only then lets the query go on.
/// </summary>
public abstract class ReadCacheHangUpTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task AClientHangingUpDoesNotFailTheOthersWaitingForTheSameEntry()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        var query = new HeldQuery();
        var lookups = new Lookups();
        // One process, no watch: a lapsed lease on a loaded machine would bypass the cache this test asserts on.
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?> { ["ChangeWatch:Enabled"] = "false" });
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<NewsTreatyDbContext>(o => o.AddInterceptors(query));
            var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(store);
            services.AddSingleton<IOutputCacheStore>(sp => new WatchedStore(Create(store, sp), lookups));
        }));
        var client = host.CreateClient();
        const string url = "/api/v1/events?limit=3";
        _ = host.Server;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, UriKind.Relative), timeout.Token)).StatusCode); // the first ask is not stored, nor shared
        query.Arm();
        using var hangUp = new CancellationTokenSource();
        var first = client.GetAsync(new Uri(url, UriKind.Relative), hangUp.Token);
        await query.Entered.Task.WaitAsync(timeout.Token);
        var second = client.GetAsync(new Uri(url, UriKind.Relative), timeout.Token);
        await lookups.Second.Task.WaitAsync(timeout.Token); // the second request has missed the cache and waits for the entry
        await hangUp.CancelAsync();
        query.Release.SetResult();

        var shared = await second;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(timeout.Token));
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        using (var body = System.Text.Json.JsonDocument.Parse(await shared.Content.ReadAsStringAsync(timeout.Token)))
        {
            Assert.Equal(3, body.RootElement.GetProperty("items").GetArrayLength());
        }

        var again = await client.GetAsync(new Uri(url, UriKind.Relative), timeout.Token);
        Assert.Equal("hit", again.Headers.GetValues(PublicReadCache.CacheHeader).Single());
    }

    private static IOutputCacheStore Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        (IOutputCacheStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    /// <summary>Holds the first query run after <see cref="Arm"/> until released, honouring the request's cancellation.</summary>
    private sealed class HeldQuery : DbCommandInterceptor
    {
        private int _armed;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Entered.SetResult();
                await Release.Task.WaitAsync(cancellationToken);
            }

            return result;
        }
    }

    /// <summary>Signals when the cache has been looked up twice: the second request found no entry and now waits for it.</summary>
    private sealed class Lookups
    {
        private int _count;

        public TaskCompletionSource Second { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Count()
        {
            if (Interlocked.Increment(ref _count) == 2)
            {
                Second.SetResult();
            }
        }
    }

    private sealed class WatchedStore(IOutputCacheStore inner, Lookups lookups) : IOutputCacheStore
    {
        public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            var entry = await inner.GetAsync(key, cancellationToken);
            lookups.Count();
            return entry;
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner.SetAsync(key, value, tags, validFor, cancellationToken);

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);
    }
}

public sealed class SqliteReadCacheHangUpTests() : ReadCacheHangUpTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresReadCacheHangUpTests() : ReadCacheHangUpTests(DatabaseProvider.PostgreSql);
