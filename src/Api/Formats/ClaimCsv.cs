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

    /// <summary>Writes the header and then each claim as it comes, so a million matches never sit in memory at once.</summary>
    public static async Task WriteAsync(Stream body, IAsyncEnumerable<ClaimSummaryView> claims, bool byteOrderMark, CancellationToken ct)
    {
        // Excel opens UTF-8 without a byte order mark as the local code page and garbles non-Latin names.
        await using var writer = new StreamWriter(body, new UTF8Encoding(byteOrderMark), 64 * 1024, leaveOpen: true);
        var line = new StringBuilder();
        Row(line, Header);
        await writer.WriteAsync(line, ct);
        await foreach (var c in claims.WithCancellation(ct))
        {
            line.Clear();
            Row(line, [
                c.Id.ToString(CultureInfo.InvariantCulture), c.Slug, c.Text, EnumNames.Of(c.Kind), c.Claimant.Type, c.Claimant.Slug,
                c.Claimant.Inferred ? "true" : "false", EnumNames.Of(c.Hedging), EnumNames.Of(c.Status),
                c.Corroboration.Outlets.ToString(CultureInfo.InvariantCulture), c.Corroboration.IndependentOrigins.ToString(CultureInfo.InvariantCulture),
                c.FirstSeen?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
            ]);
            await writer.WriteAsync(line, ct);
        }

        await writer.FlushAsync(ct);
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
