using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// HEAD under /api and /embed runs as the GET it stands for (so every GET route answers it, from the read cache
/// too) into a body that is thrown away: the same status and headers, Content-Length and ETag included, and no body.
/// </summary>
internal sealed class HeadAsGet(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method) || !PublicReadCache.Covers(request.Path))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            // Back to HEAD before the server writes the headers, so it sends no body.
            request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
