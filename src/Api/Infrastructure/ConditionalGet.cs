using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

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

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = ETag.Compute(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            response.Headers.ETag = etag;
            response.Headers.CacheControl = CacheControl;
            if (ETag.Matches(request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                return;
            }
        }

        if (buffer.Length > 0 && !HttpMethods.IsHead(request.Method))
        {
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}
