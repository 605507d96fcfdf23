using NewsTreaty.Web.Infrastructure;

namespace NewsTreaty.Web.Desk;

/// <summary>
/// The desk's header policy, in one place. A desk page loads only this site's scripts (blazor.web.js, MudBlazor's
/// script from _content/, the desk's own modules), talks to the circuit over a websocket to this same host, and uses
/// inline styles (MudBlazor's theme is a &lt;style&gt; element and positions popovers with style attributes), which
/// cannot run script. It is never framed, never cached, and sends no referrer to other sites.
/// </summary>
internal sealed class DeskHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (DeskPageAttribute.IsDesk(context))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.Desk(context.Request); // replaces the sign-in pages' policy
            // Set as the response starts: Blazor writes its own "no-cache, no-store, max-age=0" when it renders the
            // circuit's marker, and the desk's policy is meant to be the one answer, stated here.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            headers["Referrer-Policy"] = "same-origin";
        }

        return next(context);
    }

    /// <summary>The host only: behind a TLS-terminating proxy the scheme the app sees may differ from the browser's.</summary>
    public static bool IsSameOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
