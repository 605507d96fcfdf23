using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Runs the rest of the pipeline into a buffer, tags a 200 with the strong <see cref="ETag"/> of its exact
/// bytes (unless the endpoint set one), answers 304 to a matching If-None-Match, and copies the body out.
/// Shared by the API's conditional GET and the embeds, so both revalidate the same way.
/// </summary>
public static class BufferedETag
{
    public static async Task RunAsync(HttpContext context, RequestDelegate next, string? cacheControl = null)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
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
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var etag = ETag.Compute(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            response.Headers.ETag = etag;
            if (cacheControl is not null)
            {
                response.Headers.CacheControl = cacheControl;
            }

            if (ETag.Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                return;
            }
        }

        // A HEAD answered by static files leaves the buffer empty but has already set the real length.
        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
            }
        }
    }
}
