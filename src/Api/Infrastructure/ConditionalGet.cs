using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Conditional GET for the API: buffers each successful GET/HEAD response under /api, tags it with a
/// strong <see cref="ETag"/> of its exact bytes, answers 304 to a matching If-None-Match, and lets shared
/// caches keep public reads for a minute (serving stale for five more while they revalidate).
/// </summary>
internal sealed class ConditionalGet(RequestDelegate next)
{
    public const string CacheControl = "public, max-age=60, stale-while-revalidate=300";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        await BufferedETag.RunAsync(context, next, CacheControl);
    }
}
