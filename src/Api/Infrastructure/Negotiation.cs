using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>Picks a representation from an explicit <c>format</c> parameter or, failing that, the Accept header.</summary>
internal static class Negotiation
{
    public const string JsonLd = "application/ld+json";
    public const string Csv = "text/csv";

    /// <summary>Whether the client asked for <paramref name="mediaType"/> (or format=<paramref name="format"/>). Marks the response as varying by Accept.</summary>
    public static bool Wants(HttpRequest request, string? format, string formatName, string mediaType)
    {
        request.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!string.IsNullOrEmpty(format))
        {
            return string.Equals(format, formatName, StringComparison.OrdinalIgnoreCase);
        }

        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
    }
}
