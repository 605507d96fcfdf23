using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Runs the rest of the pipeline into a buffer, tags a 200 with the strong <see cref="ETag"/> of its exact
/// bytes (unless the endpoint or the read cache set one), answers 304 to a matching If-None-Match, and copies the body out.
/// A response larger than <see cref="SpillingBuffer.Limit"/> streams through untagged instead.
/// Shared by the API's conditional GET, the embeds and <see cref="EntityTagging"/>, so all revalidate the same way.
/// </summary>
public static class BufferedETag
{
    /// <param name="answerNotModified">
    /// False where a 200 must go on whole (into the read cache): an outer step then answers the 304.
    /// </param>
    public static async Task RunAsync(HttpContext context, RequestDelegate next, string? cacheControl = null, bool answerNotModified = true)
    {
        var original = context.Response.Body;
        await using var spilling = new SpillingBuffer(original);
        context.Response.Body = spilling;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (spilling.Spilled)
        {
            return; // streamed through once it outgrew the buffer: sent without an ETag
        }

        var buffer = spilling.Held;
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            if (!response.Headers.ContainsKey(HeaderNames.ETag))
            {
                response.Headers.ETag = ETag.Compute(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                if (cacheControl is not null)
                {
                    response.Headers.CacheControl = cacheControl;
                }
            }

            if (answerNotModified && ETag.MatchesWeakly(context.Request.Headers.IfNoneMatch, response.Headers.ETag.ToString()))
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
