using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Querying;

/// <summary>Opaque keyset cursors: clients pass them back unchanged and never build them.</summary>
public static class Cursor
{
    public static string Encode(params object[] keys) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', keys.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)))));

    public static string[] Decode(string? cursor, int parts)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return [];
        }

        try
        {
            var values = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (values.Length == parts)
            {
                return values;
            }
        }
        catch (FormatException)
        {
        }

        throw new DomainException("The cursor is not one this API issued: pass the 'next' link's cursor unchanged, or omit it to start from the first page.");
    }

    public static int? DecodeId(string? cursor) =>
        Decode(cursor, 1) is [var id] && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : string.IsNullOrEmpty(cursor) ? null : throw new DomainException("The cursor is not one this API issued.");
}
