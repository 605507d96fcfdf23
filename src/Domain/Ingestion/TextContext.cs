namespace NewsTreaty.Domain.Ingestion;

/// <summary>The words around a span of an article's text, for showing a quotation in context.</summary>
public static class TextContext
{
    /// <summary>How far the context may reach on each side of the span, so a text without full stops does not come back whole.</summary>
    public const int MaxReach = 400;

    /// <summary>
    /// The sentence or sentences containing [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>: widened to
    /// the nearest sentence end before it and after it (".", "!", "?" or "…", possibly followed by a closing quote or
    /// bracket, then white space), never across a blank line, at most <see cref="MaxReach"/> characters each side.
    /// A span outside the text is clamped to it.
    /// </summary>
    public static TextSpan SentenceAround(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(Math.Max(start, end), start, text.Length);
        var from = start;
        while (from > 0 && start - from < MaxReach && !IsParagraphBreak(text, from - 1) && !EndsSentence(text, from - 1))
        {
            from--;
        }

        while (from < start && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        var to = end;
        while (to < text.Length && to - end < MaxReach && !IsParagraphBreak(text, to) && !(to > start && EndsSentence(text, to - 1)))
        {
            to++;
        }

        while (to > end && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return new TextSpan(from, to);
    }

    /// <summary>True when <paramref name="at"/> is the last character of a sentence: a terminator (and closers) followed by white space or the end.</summary>
    private static bool EndsSentence(string text, int at)
    {
        var i = at;
        while (i >= 0 && text[i] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '!' or '?' or '…' && (at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1]));
    }

    private static bool IsParagraphBreak(string text, int at) =>
        text[at] == '\n' && ((at + 1 < text.Length && text[at + 1] is '\n' or '\r') || (at > 0 && text[at - 1] == '\n'));
}
