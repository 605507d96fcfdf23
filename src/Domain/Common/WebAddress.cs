namespace NewsTreaty.Domain.Common;

public static class WebAddress
{
    /// <summary>Accepts only absolute http(s) URLs, so stored links can never become javascript: or data: links.</summary>
    public static string? Optional(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= Limits.Url
               && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed
            : throw new DomainException($"{field} '{value}' is not an absolute http or https URL.");
    }
}
