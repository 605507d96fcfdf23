namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>One start or end tag read from raw markup: lower-case name, attributes, where it ends.</summary>
internal sealed class HtmlTag
{
    // A tag longer than this is not a tag (an unterminated quote would otherwise make every later '<' rescan the input).
    private const int MaxLength = 8192;

    private List<KeyValuePair<string, string>>? _attributes;

    private HtmlTag(string name, bool isEnd, int end)
    {
        Name = name;
        IsEnd = isEnd;
        End = end;
    }

    public string Name { get; }

    public bool IsEnd { get; }

    public bool SelfClosing { get; private set; }

    /// <summary>The raw offset just past the closing '&gt;'.</summary>
    public int End { get; private set; }

    public string? Attribute(string name)
    {
        if (_attributes is null)
        {
            return null;
        }

        foreach (var (key, value) in _attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    public static HtmlTag? Parse(string raw, int at)
    {
        var i = at + 1;
        var isEnd = i < raw.Length && raw[i] == '/';
        if (isEnd)
        {
            i++;
        }

        if (i >= raw.Length || !char.IsAsciiLetter(raw[i]))
        {
            return null;
        }

        var nameStart = i;
        while (i < raw.Length && (char.IsAsciiLetterOrDigit(raw[i]) || raw[i] is '-' or ':' or '_'))
        {
            i++;
        }

        var tag = new HtmlTag(raw[nameStart..i].ToLowerInvariant(), isEnd, 0);
        var limit = Math.Min(raw.Length, at + MaxLength);
        while (i < limit)
        {
            var c = raw[i];
            if (c == '>')
            {
                tag.End = i + 1;
                return tag;
            }

            if (c == '/')
            {
                tag.SelfClosing = i + 1 < raw.Length && raw[i + 1] == '>';
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            i = tag.ReadAttribute(raw, i, limit);
        }

        return null;
    }

    private int ReadAttribute(string raw, int i, int limit)
    {
        var nameStart = i;
        while (i < limit && !char.IsWhiteSpace(raw[i]) && raw[i] is not ('=' or '>' or '/'))
        {
            i++;
        }

        var name = raw[nameStart..i].ToLowerInvariant();
        while (i < limit && char.IsWhiteSpace(raw[i]))
        {
            i++;
        }

        var value = "";
        if (i < limit && raw[i] == '=')
        {
            i++;
            while (i < limit && char.IsWhiteSpace(raw[i]))
            {
                i++;
            }

            if (i < limit && raw[i] is '"' or '\'')
            {
                var quote = raw[i];
                var close = raw.IndexOf(quote, i + 1, limit - i - 1);
                if (close < 0)
                {
                    return limit;
                }

                value = raw[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < limit && !char.IsWhiteSpace(raw[i]) && raw[i] != '>')
                {
                    i++;
                }

                value = raw[start..i];
            }
        }

        if (name.Length > 0)
        {
            (_attributes ??= []).Add(new(name, System.Net.WebUtility.HtmlDecode(value)));
        }

        return Math.Max(i, nameStart + 1);
    }
}
