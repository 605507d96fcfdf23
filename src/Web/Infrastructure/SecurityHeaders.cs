using Microsoft.Extensions.Options;
using NewsTreaty.Web.Embeds;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// Headers every response carries: nosniff, a Referrer-Policy that sends other sites our origin only, and the
/// Content-Security-Policy of its area (<see cref="ContentSecurityPolicy"/>). Widgets set theirs in <see cref="EmbedHeaders"/>.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<EmbedSettings> embeds)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/embed"))
        {
            var ancestors = embeds.Value.AppFrameAncestors;
            headers.ContentSecurityPolicy =
                path.StartsWithSegments("/swagger") ? ContentSecurityPolicy.Swagger
                : path.StartsWithSegments("/editor") || path.StartsWithSegments("/_blazor") ? ContentSecurityPolicy.Editor(ancestors)
                : ContentSecurityPolicy.Pages(ancestors);
        }

        return next(context);
    }
}
