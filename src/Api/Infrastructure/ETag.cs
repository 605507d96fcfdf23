using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Strong entity tags from the exact bytes of a representation. A GET's ETag and the one an update's
/// If-Match must carry are the same value: the hash of the JSON the GET returns.
/// </summary>
public static class ETag
{
    public static string Compute(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(body)[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>The strong ETag of a view: the hash of exactly the JSON a GET returns for it.</summary>
    public static string Of<T>(T view, HttpContext http) =>
        Compute(JsonSerializer.SerializeToUtf8Bytes(view, http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));

    /// <summary>
    /// If-Match (RFC 9110 §13.1.1): "*" or the strong comparison, so a weak tag never matches. A weak validator only
    /// promises an equivalent representation, which is not enough to write over it.
    /// </summary>
    public static bool Matches(string? header, string etag) => Names(header, etag, strong: true);

    /// <summary>If-None-Match (RFC 9110 §13.1.2): "*" or the weak comparison, where W/"x" and "x" match.</summary>
    public static bool MatchesWeakly(string? header, string etag) => Names(header, etag, strong: false);

    private static bool Names(string? header, string etag, bool strong) =>
        !string.IsNullOrEmpty(header)
        && (header.Trim() == "*"
            || (EntityTagHeaderValue.TryParseList(header.Split(','), out var tags)
                && EntityTagHeaderValue.TryParse(etag, out var current)
                && tags.Any(t => t.Compare(current, useStrongComparison: strong))));
}
