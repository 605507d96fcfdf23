using System.Collections.Frozen;

namespace NewsTreaty.Domain.Ingestion.Nlp;

/// <summary>
/// Rule-based sentence boundaries: a full stop, question or exclamation mark (and any closing quotes or brackets)
/// followed by white space and a capital, digit or opening quote, unless the word before it is an abbreviation
/// or an initial. A line break ends a sentence after terminal punctuation or a short heading-like line.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "rev", "hon", "adm", "maj", "cmdr", "pres", "approx", "dept", "est",
        "fig", "vol", "mt", "ft",
    ], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = paragraph.Start;
        var end = paragraph.End;
        for (var i = paragraph.Start; i < end; i++)
        {
            var c = text[i];
            int boundary;
            if (c is '.' or '!' or '?' or '…')
            {
                boundary = TerminalBoundary(text, i, end);
            }
            else if (c == '\n')
            {
                boundary = LineBoundary(text, start, i, end);
            }
            else
            {
                continue;
            }

            if (boundary < 0)
            {
                continue;
            }

            if (Document.Trim(text, start, boundary) is { } sentence)
            {
                sentences.Add(sentence);
            }

            start = boundary;
            i = boundary - 1;
        }

        if (Document.Trim(text, start, end) is { } last)
        {
            sentences.Add(last);
        }

        return sentences;
    }

    /// <summary>The offset the next sentence starts from, or -1 when the mark at <paramref name="at"/> ends nothing.</summary>
    private static int TerminalBoundary(string text, int at, int end)
    {
        var j = at + 1;
        while (j < end && (text[j] is '.' or '!' or '?' or '…' || IsCloser(text[j])))
        {
            j++;
        }

        if (j >= end)
        {
            return end;
        }

        if (!char.IsWhiteSpace(text[j]))
        {
            return -1;
        }

        var k = j;
        while (k < end && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= end)
        {
            return end;
        }

        var next = text[k];
        if (!(char.IsUpper(next) || char.IsDigit(next) || IsOpener(next)))
        {
            return -1;
        }

        if (text[at] == '.' && IsAbbreviationBefore(text, at))
        {
            return -1;
        }

        return j;
    }

    private static int LineBoundary(string text, int sentenceStart, int at, int end)
    {
        var previous = at - 1;
        while (previous >= sentenceStart && text[previous] is ' ' or '\t' or '\r')
        {
            previous--;
        }

        if (previous < sentenceStart)
        {
            return -1;
        }

        var next = at + 1;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return end;
        }

        var ended = text[previous] is '.' or '!' or '?' or ':' or '…' || IsCloser(text[previous]);
        var shortLine = at - sentenceStart < 80 && !char.IsLower(text[previous]);
        return ended || shortLine || !char.IsLower(text[next]) && at - sentenceStart < 80 ? at + 1 : -1;
    }

    private static bool IsAbbreviationBefore(string text, int dot)
    {
        var k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        var word = text.AsSpan(k + 1, dot - k - 1);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith", "U.S."
        }

        return word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    public static bool IsOpener(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '„';

    public static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';
}
