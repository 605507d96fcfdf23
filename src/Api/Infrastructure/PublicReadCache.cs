using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Keeps anonymous GET responses under /api and /embed, and of the reading pages the host names in
/// <see cref="ReadCachePages"/>, in memory, so repeated reads and revalidations skip the
/// endpoint and its queries. Runs after the rate limiter (a cache hit still counts) and authentication (a request
/// with a key, valid or not, always reaches the endpoint). Every committed write in this process starts a new
/// <see cref="DataChanges.Generation"/>, which is part of the cache key, so nothing read before a write is served
/// after it, even when that read finishes storing its response after the write evicted the cache. Writes made by other
/// hosts and the CLI arrive through the database watch (NewsTreaty.Web's DatabaseWatch) the same way.
/// </summary>
public static class PublicReadCache
{
    public const string CacheHeader = "X-Cache";
    internal const string Tag = "data";
    private static readonly PathString[] Cached = ["/api", "/embed", "/openapi"]; // the OpenAPI document took 1.8 s to build at every request
    private static readonly PathString StoredAtOnce = "/openapi";

    public static IServiceCollection AddNewsTreatyReadCache(this IServiceCollection services)
    {
        services.AddOptions<ApiCacheSettings>().BindConfiguration(ApiCacheSettings.Section);
        services.AddOptions<ReadCachePages>();
        services.AddOutputCache(o => o.AddBasePolicy(new Policy()));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ApiCacheSettings>>((o, settings) =>
        {
            o.SizeLimit = Math.Max(1, settings.Value.SizeLimitMegabytes) * 1024L * 1024;
            o.MaximumBodySize = Math.Max(1, settings.Value.MaximumBodyKilobytes) * 1024L;
            o.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, settings.Value.Seconds));
            o.UseCaseSensitivePaths = true; // slugs are case-sensitive
        });
        services.AddHostedService<Eviction>();
        services.AddSingleton<RecentReads>();
        services.AddSingleton<ReadCacheMetrics>();
        return services;
    }

    /// <summary>Call after the API's security middleware: the cache, then the ETag of each response it may store.</summary>
    public static IApplicationBuilder UseNewsTreatyReadCache(this IApplicationBuilder app) =>
        app.UseOutputCache().UseMiddleware<EntityTagging>();

    internal static bool Covers(PathString path) => Array.Exists(Cached, path.StartsWithSegments);

    private sealed class Policy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var settings = http.RequestServices.GetRequiredService<IOptions<ApiCacheSettings>>().Value;
            var cacheable = settings.Enabled
                && HttpMethods.IsGet(request.Method)
                && (Covers(request.Path) || http.RequestServices.GetRequiredService<IOptions<ReadCachePages>>().Value.Cover(request.Path))
                && http.User.Identity?.IsAuthenticated != true
                && !request.Headers.ContainsKey(HeaderNames.Authorization)
                && !request.Headers.ContainsKey("X-Api-Key");
            if (!cacheable)
            {
                return ValueTask.CompletedTask;
            }

            var changes = http.RequestServices.GetRequiredService<DataChanges>();
            if (!changes.Trustworthy)
            {
                // Blind to other hosts' writes (the database watch is down): what the cache holds may be stale, and
                // what it would store could not be invalidated. Every request goes to the database until the watch is back.
                http.RequestServices.GetRequiredService<ReadCacheMetrics>().Bypass();
                return ValueTask.CompletedTask;
            }

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = true;
            var store = !settings.StoreOnSecondRequest || request.Path.StartsWithSegments(StoredAtOnce)
                || http.RequestServices.GetRequiredService<RecentReads>().AskedBefore(
                    HashCode.Combine(request.Path.Value, request.QueryString.Value, request.Headers.Accept.ToString()));
            context.AllowCacheStorage = store;
            // Requests for an entry being filled wait for the first one instead of all running the same query (a
            // stampede on a busy entry, seconds of p99 under load). The first one's work is shared, so it must not
            // stop when its own client hangs up: that cancellation would fail every waiting request with a 500
            // (seen under load). A stored read runs to completion, bounded by the command timeout. A read not
            // stored is not shared: it stops when its client hangs up. A burst of first asks for one new read
            // runs it twice, not once: the first ask, and the second, which all the others wait for.
            context.AllowLocking = store;
            if (store)
            {
                http.RequestAborted = CancellationToken.None;
            }

            context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, settings.Seconds));
            context.Tags.Add(Tag);
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = HeaderNames.Accept;
            context.CacheVaryByRules.VaryByValues["generation"] = changes.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Set as the response leaves, after the cache has taken its copy of the headers, so a stored entry never says
            // "miss". A miss is counted here, whether or not its response is stored; a hit where it is served.
            http.Response.OnStarting(() =>
            {
                var hit = http.Items.ContainsKey(CacheHeader);
                http.Response.Headers[CacheHeader] = hit ? "hit" : "miss";
                if (!hit)
                {
                    http.RequestServices.GetRequiredService<ReadCacheMetrics>().Miss();
                }

                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.HttpContext.Items[CacheHeader] = true;
            context.HttpContext.RequestServices.GetRequiredService<ReadCacheMetrics>().Hit();
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Drops every entry when data changes: the generation already keeps old entries from being served, this frees their memory.</summary>
    private sealed class Eviction(DataChanges changes, IOutputCacheStore store, IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<ReadCacheMetrics>(); // counts evictions from the first one on
            changes.Changed += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            changes.Changed -= Evict;
            return Task.CompletedTask;
        }

        private void Evict() => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
    }
}
