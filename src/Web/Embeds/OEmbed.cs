using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
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

/// <summary>oEmbed 1.0 for our own page and widget URLs, so a CMS embeds a widget when an editor pastes a link.</summary>
internal static class OEmbed
{
    public static async Task<Results<Ok<OEmbedResponse>, ProblemHttpResult>> Handle(
        HttpRequest request, EventQueries events, ClaimQueries claims, ActorQueries actors, CancellationToken ct,
        string? url = null, string? format = null, int? maxwidth = null, int? maxheight = null)
    {
        if (format is not null && format != "json")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Format not implemented",
                detail: $"Only format=json is served; '{format}' is not.");
        }

        var origin = $"{request.Scheme}://{request.Host}";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || !string.Equals(target.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase)
            || EmbedTarget.FromPath(target.AbsolutePath) is not { } embed)
        {
            return NotFound(url);
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
            return NotFound(url);
        }

        // Options already on a widget URL (theme, v=...) travel into the embed; a page URL embeds the defaults.
        var query = target.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) ? target.Query : "";
        var src = origin + embed.WidgetPath + query;
        var width = Math.Clamp(maxwidth ?? 640, 200, 1200);
        var height = Math.Min(embed.DefaultHeight, maxheight ?? int.MaxValue);
        var html = $"""<iframe src="{WebUtility.HtmlEncode(src)}" title="{WebUtility.HtmlEncode(title)} (NewsTreaty)" width="{width}" height="{height}" loading="lazy" style="border:0;width:100%;max-width:{width}px" data-newstreaty-frame></iframe><script async src="{origin}/embed.js"></script>""";
        return TypedResults.Ok(new OEmbedResponse("rich", "1.0", title, "NewsTreaty", origin + "/", html, width, height, 3600));
    }

    private static ProblemHttpResult NotFound(string? url) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not embeddable",
            detail: $"'{url}' is not a NewsTreaty page or widget this server knows. Pass the URL of a timeline, event, claim or actor page, or of an /embed/ widget.");
}
