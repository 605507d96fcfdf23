using System.Globalization;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// Keyset cursors that carry the sort they were issued for, so a cursor from one ordering is refused
/// by another instead of silently skipping or repeating items.
/// </summary>
internal static class SortedCursor
{
    public static string Encode(string sort, object key, int id) => Cursor.Encode(sort, key, id);

    /// <summary>The (key, id) after which the next page starts, or null for the first page.</summary>
    public static (string Key, int Id)? Decode(string? cursor, string sort)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Cursor.Decode(cursor, 3);
        }
        catch (DomainException)
        {
            throw new DomainException("The cursor is not one this API issued: pass the 'next' link's cursor unchanged, or omit it to start from the first page.");
        }

        if (parts[0] != sort)
        {
            throw new DomainException($"This cursor belongs to sort={parts[0]}, not sort={sort}: keep the same sort while paging, or drop the cursor to start again.");
        }

        return int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (parts[1], id)
            : throw new DomainException("The cursor is not one this API issued.");
    }

    public static double Double(string key) =>
        double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new DomainException("The cursor is not one this API issued.");

    public static long Long(string key) =>
        long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw new DomainException("The cursor is not one this API issued.");

    public static string Key(double rank) => rank.ToString("R", CultureInfo.InvariantCulture);
}
