using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Tags each GET response under /api and /embed with its ETag (and /api ones with Cache-Control) just inside the
/// read cache, so a stored entry carries them: a hit is then served, or answered 304, without hashing again.
/// Never answers 304 itself, so a revalidation that misses the cache still fills it; <see cref="ConditionalGet"/> answers.
/// </summary>
internal sealed class EntityTagging(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !PublicReadCache.Covers(request.Path))
        {
            return next(context);
        }

        var cacheControl = request.Path.StartsWithSegments("/api") ? ConditionalGet.CacheControl : null;
        return BufferedETag.RunAsync(context, next, cacheControl, answerNotModified: false);
    }
}
