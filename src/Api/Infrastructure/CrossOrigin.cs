using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// CORS for the API, the OpenAPI document and oEmbed. Reads are public, so any origin may GET them (TimelineJS on a
/// newsroom's own site loads /api/v1/timeline?format=timelinejs); never with credentials, so no cookie rides along.
/// A cross-origin write is allowed only when it carries an API key (the preflight must ask for Authorization or
/// X-Api-Key): the key, not the page's origin, is what authorises it, and the editor cookie never does.
/// </summary>
internal sealed class CrossOrigin : ICorsPolicyProvider
{
    private static readonly PathString[] Public = ["/api", "/openapi", "/oembed"];
    private static readonly string[] Exposed = [HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, HeaderNames.Link, PublicReadCache.CacheHeader];

    private static readonly CorsPolicy Reads = new CorsPolicyBuilder()
        .AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head).AllowAnyHeader().WithExposedHeaders(Exposed)
        .SetPreflightMaxAge(TimeSpan.FromHours(1)).Build();

    private static readonly CorsPolicy KeyedWrites = new CorsPolicyBuilder()
        .AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
        .WithHeaders(HeaderNames.Authorization, "X-Api-Key", HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, HeaderNames.Accept)
        .WithExposedHeaders(Exposed).SetPreflightMaxAge(TimeSpan.FromHours(1)).Build();

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var request = context.Request;
        if (!Array.Exists(Public, request.Path.StartsWithSegments))
        {
            return Task.FromResult<CorsPolicy?>(null);
        }

        var preflight = HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod);
        var method = preflight ? request.Headers.AccessControlRequestMethod.ToString() : request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return Task.FromResult<CorsPolicy?>(Reads);
        }

        var keyed = preflight
            ? request.Headers.AccessControlRequestHeaders.ToString().Split(',').Select(h => h.Trim())
                .Any(h => h.Equals(HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase) || h.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase))
            : request.Headers.ContainsKey(HeaderNames.Authorization) || request.Headers.ContainsKey("X-Api-Key");
        return Task.FromResult(keyed && request.Path.StartsWithSegments("/api") ? KeyedWrites : null);
    }
}
