namespace NewsTreaty.Domain.Common;

/// <summary>
/// Text the dataset may hold: no C0 control characters but tab, line feed and carriage return, no DEL, no C1 controls,
/// no unpaired surrogates. PostgreSQL cannot store a NUL at all and SQLite would, so both engines refuse them alike;
/// they are refused rather than stripped because stripping would move the character offsets that quotations use.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first character that may not be stored, or -1.</summary>
    public static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || (c >= '\u007f' && c <= '\u009f') || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Throws a <see cref="DomainException"/> naming the field, the character and where it is.</summary>
    public static string Check(string text, string field)
    {
        var at = FirstForbidden(text);
        return at < 0 ? text
            : throw new DomainException($"{field} contains the control character U+{(int)text[at]:X4} at position {at}; remove it (only tab and line breaks are kept).");
    }
}
