using System.Net;

namespace NewsTreaty.Web.Embeds;

/// <summary>
/// The two oEmbed discovery links (https://oembed.com/#section4). Consumers match the type attribute as literal text
/// (WordPress looks for <c>application/json+oembed</c> without decoding entities), so the tags are written exactly;
/// only the href is attribute-encoded, which every consumer decodes.
/// </summary>
internal static class OEmbedLinks
{
    public static string? For(HttpRequest request)
    {
        if (EmbedTarget.FromPath(request.Path) is null)
        {
            return null;
        }

        var origin = $"{request.Scheme}://{request.Host}";
        var endpoint = $"{origin}/oembed?url={Uri.EscapeDataString(origin + request.Path + request.QueryString)}";
        return $"""<link rel="alternate" type="application/json+oembed" href="{WebUtility.HtmlEncode(endpoint + "&format=json")}" title="NewsTreaty embed" />""" + "\n" +
               $"""<link rel="alternate" type="text/xml+oembed" href="{WebUtility.HtmlEncode(endpoint + "&format=xml")}" title="NewsTreaty embed" />""";
    }
}
