using System.ComponentModel;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Web.Embeds;

internal sealed record OEmbedResponse(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("provider_name")] string ProviderName,
    [property: JsonPropertyName("provider_url")] string ProviderUrl,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("cache_age")] int CacheAge);

/// <summary>
/// oEmbed 1.0 (https://oembed.com) for our own page and widget URLs, so a CMS embeds a widget when an editor pastes a
/// link. The html is what WordPress keeps of an embed from a discovered provider: a blockquote with a link (its fallback,
/// and the sign that makes it load its resizer) before the iframe; our loader script, for CMSs that keep scripts.
/// </summary>
internal static class OEmbed
{
    public const int CacheAgeSeconds = 3600;

    public static async Task<Results<Ok<OEmbedResponse>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request, EventQueries events, ClaimQueries claims, ActorQueries actors, CancellationToken ct,
        [Description("The NewsTreaty page or /embed/ widget URL to embed.")] string? url = null,
        [Description("json (default) or xml; any case.")] string? format = null,
        [Description("The largest width the consumer can show, in pixels (at least 200).")] string? maxwidth = null,
        [Description("The largest height the consumer can show, in pixels (at least 120).")] string? maxheight = null)
    {
        _ = (url, format, maxwidth, maxheight); // declared for the OpenAPI document; read from the query to check repeats
        var (query, errors, unknownFormat) = OEmbedQuery.Parse(request.Query);
        if (unknownFormat is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status501NotImplemented, type: ProblemTypes.BadRequest, title: "Format not implemented",
                detail: $"format={unknownFormat} is not served: use json or xml.");
        }

        if (query is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Some oEmbed parameters are invalid", type: ProblemTypes.Validation,
                detail: "Fix the parameters listed in 'errors' and try again.");
        }

        var origin = $"{request.Scheme}://{request.Host}";
        if (!Uri.TryCreate(query.Url, UriKind.Absolute, out var target) || !IsThisHost(target, request.Host)
            || EmbedTarget.FromPath(target.AbsolutePath) is not { } embed)
        {
            return NotFound(query.Url);
        }

        var title = embed.Kind switch
        {
            "timeline" => "Moscow and Pyongyang, 1961–2024",
            "event" or "coverage" => (await events.GetAsync(embed.Key!, ct))?.Title,
            "claim" => (await claims.GetAsync(embed.Key!, ct))?.Text,
            _ => (await actors.GetAsync(embed.Key!, ct))?.Name,
        };
        if (title is null)
        {
            return NotFound(query.Url);
        }

        // Options already on a widget URL (theme, v=...) travel into the embed; a page URL embeds the defaults.
        var options = target.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) ? target.Query : "";
        var width = query.Width;
        var height = query.Height(embed.DefaultHeight);
        var response = new OEmbedResponse("rich", "1.0", title, "NewsTreaty", origin + "/",
            Html(origin, embed, options, title, width, height), width, height, CacheAgeSeconds);
        return query.Format == OEmbedFormat.Xml
            ? TypedResults.Text(OEmbedXml.Write(response), "text/xml", System.Text.Encoding.UTF8)
            : TypedResults.Ok(response);
    }

    /// <summary>
    /// Blockquote first, then the iframe, in the attributes WordPress keeps (src, width, height, title, frameborder,
    /// scrolling); the loader hides the blockquote once the widget reports, as WordPress's resizer does.
    /// </summary>
    private static string Html(string origin, EmbedTarget embed, string options, string title, int width, int height)
    {
        var name = WebUtility.HtmlEncode(title);
        var page = WebUtility.HtmlEncode(origin + embed.PagePath);
        var src = WebUtility.HtmlEncode(origin + embed.WidgetPath + options);
        return $"""<blockquote data-newstreaty-fallback><a href="{page}">{name}</a> (NewsTreaty)</blockquote>""" +
               $"""<iframe src="{src}" title="{name} (NewsTreaty)" width="{width}" height="{height}" frameborder="0" scrolling="no" loading="lazy" style="border:0;width:100%;max-width:{width}px" data-newstreaty-frame></iframe>""" +
               $"""<script async src="{origin}/embed.js"></script>""";
    }

    /// <summary>Our host, whichever scheme the editor copied: behind a TLS proxy the same page has an http and an https address.</summary>
    private static bool IsThisHost(Uri target, HostString host) =>
        target.Scheme is "http" or "https"
        && string.Equals(target.Host, host.Host, StringComparison.OrdinalIgnoreCase)
        && (host.Port is null ? target.IsDefaultPort : target.Port == host.Port);

    private static ProblemHttpResult NotFound(string url) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound, title: "Not embeddable",
            detail: $"'{url}' is not a NewsTreaty page or widget this server knows. Pass the URL of a timeline, event, claim or actor page, or of an /embed/ widget.");
}
