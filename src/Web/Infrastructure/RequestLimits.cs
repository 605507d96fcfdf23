using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// Answers an over-long URL (414) or header block (431) with problem details that say the limit, before anything
/// else reads them. Requests beyond Kestrel's own, higher limits, and malformed ones such as a %00 in the path, are
/// refused by Kestrel itself with an empty body: the framework gives no hook there (docs/api-errors.md).
/// </summary>
internal sealed class RequestLimits(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var target = (request.PathBase + request.Path).ToUriComponent().Length + (request.QueryString.Value?.Length ?? 0);
        if (target > ProxyAndTransport.MaxUrlBytes)
        {
            await RejectAsync(context, StatusCodes.Status414UriTooLong, "The URL is too long",
                $"The request's path and query are {target} bytes; this server accepts at most {ProxyAndTransport.MaxUrlBytes}. Send long filters in fewer parameters.");
            return;
        }

        var headers = request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0) + 4);
        if (headers > ProxyAndTransport.MaxHeaderBytes)
        {
            await RejectAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large",
                $"The headers take {headers} bytes; this server accepts at most {ProxyAndTransport.MaxHeaderBytes}. Clear this site's cookies or send fewer headers.");
            return;
        }

        await next(context);
    }

    private async Task RejectAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Type = ProblemTypes.BadRequest, Title = title, Detail = detail },
        });
    }
}
