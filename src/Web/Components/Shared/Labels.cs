using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Web.Components.Shared;

/// <summary>Words for enum values and counts, so every page says the same thing the same way.</summary>
internal static class Labels
{
    /// <summary>"TreatySigned" → "Treaty signed".</summary>
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !(char.IsUpper(name[i - 1]) && (i + 1 == name.Length || char.IsUpper(name[i + 1]))))
            {
                words.Append(' ');
                c = i + 1 < name.Length && char.IsUpper(name[i + 1]) ? c : char.ToLowerInvariant(c);
            }

            words.Append(c);
        }

        return words.ToString();
    }

    /// <summary>The token used in URLs, as in the API: "TreatySigned" → "treaty-signed".</summary>
    public static string Token<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Reads a URL token back; anything unknown means "no filter" rather than an error page.</summary>
    public static T? Parse<T>(string? token) where T : struct, Enum =>
        token is null ? null : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(Token(v!.Value), token.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Precision(DateView date) =>
        (date.Approximate ? "approximate; " : "") + date.Precision switch
        {
            DatePrecision.Year => "known to the year",
            DatePrecision.Month => "known to the month",
            _ => "known to the day",
        };

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";

    public static string Corroboration(CorroborationView c) =>
        c.Outlets == 0 ? "no coverage recorded" : $"{Count(c.Outlets, "outlet", "outlets")}, {Count(c.IndependentOrigins, "independent origin", "independent origins")}";
}
