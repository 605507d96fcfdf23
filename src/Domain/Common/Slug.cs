using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Common;

/// <summary>Slugs are the stable, human-readable keys records are referred to by in URLs and bundles.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    /// <summary>Lower-case words joined by hyphens: the one pattern the domain, the OpenAPI document and the desk's forms check.</summary>
    public const string PatternText = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) =>
        value is { Length: >= 2 and <= MaxLength } && Pattern().IsMatch(value);

    public static string Require(string? value, string what) =>
        IsValid(value)
            ? value!
            : throw new DomainException(
                $"'{value}' is not a valid {what} slug: use 2–{MaxLength} lower-case letters, digits and single hyphens.");

    /// <summary>Derives a slug from free text: strips accents, lower-cases, joins words with hyphens.</summary>
    public static string From(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length >= MaxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = sb.ToString().TrimEnd('-');
        return slug.Length >= 2 ? slug : "item" + (slug.Length > 0 ? "-" + slug : "");
    }
}
