namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// Every Content-Security-Policy the host sends, in one place. Scripts come only from our origin: no page has an inline
/// script, so no policy carries a nonce (reading pages are kept by the read cache, and a nonce served from a stored
/// response to every reader would be no secret).
/// Style attributes are allowed because pages position timeline items with them; style elements are not, except on
/// the desk, whose MudBlazor theme writes one. <c>base-uri 'self'</c> rather than 'none': Blazor needs its &lt;base href="/"&gt;.
/// </summary>
internal static class ContentSecurityPolicy
{
    /// <summary>Reader pages, the embed builder and everything else that is not a widget, Swagger UI or the desk.</summary>
    public static string Pages(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; style-src-elem 'self'; " +
        "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; " +
        $"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self' {frameAncestors}".TrimEnd();

    /// <summary>
    /// The desk under /editor: blazor.web.js and MudBlazor's script from our origin, the circuit's websocket back to it
    /// ('self' covers ws: and wss: on the same host), and the theme's &lt;style&gt; element that MudBlazor renders.
    /// </summary>
    public static string Editor(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        $"connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self' {frameAncestors}".TrimEnd();

    /// <summary>
    /// The interactive desk's pages (<c>[DeskPage]</c>): only this site's scripts (blazor.web.js, MudBlazor's, the desk's
    /// modules; no inline script, so no nonce), MudBlazor's inline styles, and the circuit's websocket to this same host,
    /// named as well as 'self' for browsers that do not let 'self' cover ws:. Never framed.
    /// </summary>
    public static string Desk(HttpRequest request)
    {
        var socket = (request.IsHttps ? "wss://" : "ws://") + request.Host.Value;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
               $"connect-src 'self' {socket}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>Swagger UI: its bundle and our index.js from our origin; it styles with attributes and draws icons as data: images.</summary>
    public const string Swagger =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Widgets (/embed): framed by the allowed CMS origins, no inline anything (the accent colour is its own stylesheet).</summary>
    public static string Widget(string frameAncestors) =>
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        $"base-uri 'none'; form-action 'none'; frame-ancestors {frameAncestors}";
}
