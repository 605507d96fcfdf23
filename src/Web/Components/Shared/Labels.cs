using System.Globalization;
using System.Text;
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
