using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Web.Infrastructure;

namespace NewsTreaty.Web.Embeds;

/// <summary>
/// Widget and oEmbed headers. Widgets (/embed/...) get a strict CSP whose frame-ancestors come from settings,
/// CDN-friendly caching with a strong ETag of the exact bytes, and never a cookie; oEmbed answers revalidate by ETag.
/// </summary>
internal sealed class EmbedHeaders(RequestDelegate next, IOptions<EmbedSettings> options)
{
    public const string OEmbedCacheControl = "public, max-age=300, stale-while-revalidate=86400";

    private readonly EmbedSettings _settings = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path == "/oembed")
        {
            // oEmbed answers are public and change only when a title does: revalidated by ETag, like the widgets.
            await BufferedETag.RunAsync(context, next, OEmbedCacheControl);
            return;
        }

        if (!path.StartsWithSegments("/embed"))
        {
            if (path == "/embed.js")
            {
                context.Response.OnStarting(() => SetCaching(context.Response, pinned: false));
            }

            await next(context);
            return;
        }

        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Widget(_settings.FrameAncestors);
        var pinned = context.Request.Query.ContainsKey("v") && context.Request.Query["v"] != "live";
        context.Response.OnStarting(() =>
        {
            // Widgets are anonymous and shared by every reader through a CDN: a cookie would make them uncacheable.
            context.Response.Headers.Remove(HeaderNames.SetCookie);
            return SetCaching(context.Response, pinned);
        });

        await BufferedETag.RunAsync(context, next);
    }

    private Task SetCaching(HttpResponse response, bool pinned)
    {
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            // A pinned revision never changes, so shared caches may keep it far longer than a live one.
            var shared = pinned ? 30 * 86400 : _settings.SharedMaxAgeSeconds;
            response.Headers.CacheControl = $"public, max-age=60, s-maxage={shared}, stale-while-revalidate={_settings.StaleWhileRevalidateSeconds}";
        }
        else
        {
            response.Headers.CacheControl = "public, max-age=60, s-maxage=60";
        }

        return Task.CompletedTask;
    }
}
