using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Conditional GET for the API: answers 304 to an If-None-Match that names the response's strong <see cref="ETag"/>,
/// which <see cref="EntityTagging"/> (or the read cache, for a stored entry) has set, and lets shared caches keep public
/// reads for a minute (serving stale for five more while they revalidate). Only a request with If-None-Match is buffered.
/// </summary>
internal sealed class ConditionalGet(RequestDelegate next)
{
    public const string CacheControl = "public, max-age=60, stale-while-revalidate=300";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api") || !request.Headers.ContainsKey("If-None-Match"))
        {
            await next(context);
            return;
        }

        await BufferedETag.RunAsync(context, next, CacheControl);
    }
}
