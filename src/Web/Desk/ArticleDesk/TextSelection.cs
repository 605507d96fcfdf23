namespace NewsTreaty.Web.Desk.ArticleDesk;

/// <summary>A span of an article's text: [Start, End) in UTF-16 code units, the offsets every quotation stores.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}

/// <summary>
/// Turns what the editor selected into a quotation's exact span, and offers keyboard selection by sentence and word.
/// Offsets come from the text itself (never typed), so a quotation always matches its article.
/// </summary>
public static class TextSelection
{
    /// <summary>
    /// The span the browser reported, checked against the text and trimmed of surrounding white space; null when it does
    /// not match the text (the pane changed meanwhile) or is empty.
    /// </summary>
    public static TextRange? Verify(string text, int start, int end, string? selected)
    {
        if (start < 0 || end > text.Length || end <= start)
        {
            return null;
        }

        // The browser's own string drops nothing but may normalise line breaks; the offsets are what count, so the
        // selected string only has to agree once white space is ignored.
        if (selected is not null && Squash(text[start..end]) != Squash(selected))
        {
            return null;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? new TextRange(start, end) : null;
    }

    /// <summary>The sentences of the text, paragraph breaks included as boundaries, each trimmed of white space.</summary>
    public static IReadOnlyList<TextRange> Sentences(string text)
    {
        var sentences = new List<TextRange>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c == '\n'
                || (c is '.' or '!' or '?' && EndsSentence(text, i));
            if (boundary)
            {
                var end = i + 1;
                // Closing quotes and brackets belong to the sentence they end.
                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']')
                {
                    end++;
                }

                Add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>Moves an end of the span by one word: forward (+1) or back (-1), never past the other end.</summary>
    public static TextRange MoveEnd(string text, TextRange range, int direction)
    {
        var end = direction > 0 ? NextWordEnd(text, range.End) : PreviousWordEnd(text, range.End, range.Start);
        return range with { End = Math.Max(end, range.Start + 1) };
    }

    public static TextRange MoveStart(string text, TextRange range, int direction)
    {
        var start = direction > 0 ? NextWordStart(text, range.Start, range.End) : PreviousWordStart(text, range.Start);
        return range with { Start = Math.Min(start, range.End - 1) };
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')' or ']')
        {
            next++;
        }

        // "U.S. officials" and "3.5%" do not end sentences: a sentence ends before white space and then a capital, a
        // digit, a quote or the end of the text.
        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        return next >= text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '\'' or '\n' or '—';
    }

    private static void Add(List<TextRange> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextRange(start, end));
        }
    }

    private static int NextWordEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int PreviousWordEnd(string text, int from, int floor)
    {
        var i = from;
        while (i > floor && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        while (i > floor && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int NextWordStart(string text, int from, int ceiling)
    {
        var i = from;
        while (i < ceiling && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < ceiling && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int PreviousWordStart(string text, int from)
    {
        var i = from;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static string Squash(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
}
