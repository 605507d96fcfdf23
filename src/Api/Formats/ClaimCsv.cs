using System.Globalization;
using System.Text;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Api.Formats;

/// <summary>
/// Claims as RFC 4180 CSV for spreadsheets. Cells that a spreadsheet would run as a formula
/// (starting with = + - @) are prefixed with an apostrophe: the text comes from untrusted articles.
/// </summary>
public static class ClaimCsv
{
    private static readonly string[] Header =
        ["id", "slug", "text", "kind", "claimant_type", "claimant", "claimant_inferred", "hedging", "status", "outlets", "independent_origins", "first_seen"];

    public static string Write(IEnumerable<ClaimSummaryView> claims)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var c in claims)
        {
            Row(csv, [
                c.Id.ToString(CultureInfo.InvariantCulture), c.Slug, c.Text, EnumNames.Of(c.Kind), c.Claimant.Type, c.Claimant.Slug,
                c.Claimant.Inferred ? "true" : "false", EnumNames.Of(c.Hedging), EnumNames.Of(c.Status),
                c.Corroboration.Outlets.ToString(CultureInfo.InvariantCulture), c.Corroboration.IndependentOrigins.ToString(CultureInfo.InvariantCulture),
                c.FirstSeen?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
