using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The words around a quotation in its article, cut at the sentence the quotation sits in (and never past a
/// paragraph), so a reader sees what was said before and after it. Short by design: at most
/// <see cref="MaxSide"/> characters each side, cut at a word with an ellipsis when the sentence runs longer.
/// </summary>
public sealed partial record QuoteContext(string Before, string After)
{
    /// <summary>Most characters kept on each side of the quotation.</summary>
    public const int MaxSide = 240;

    /// <summary>How much text either side a caller should read to find the sentence.</summary>
    public const int Window = MaxSide + 60;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "prof", "rev", "sen", "rep", "gov", "pres", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "inc", "ltd", "co",
    };

    /// <summary>
    /// The context of <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="text"/>;
    /// null when the span is not inside it. <paramref name="text"/> may be a window cut from a longer text: say
    /// whether it begins and ends where the whole text does, so a cut edge is not taken for a sentence boundary.
    /// </summary>
    public static QuoteContext? Around(string text, int start, int length, bool wholeStart = true, bool wholeEnd = true)
    {
        if (start < 0 || length <= 0 || start + length > text.Length)
        {
            return null;
        }

        var (from, started) = SentenceStart(text, start, wholeStart);
        var (to, ended) = SentenceEnd(text, start + length, wholeEnd);
        return new QuoteContext(TrimBefore(text[from..start], !started), TrimAfter(text[(start + length)..to], !ended));
    }

    /// <summary>
    /// Where <paramref name="quote"/> is in <paramref name="text"/>: at <paramref name="expected"/> when it is there,
    /// else the nearest occurrence (stored offsets may refer to an earlier copy of the text), else -1.
    /// </summary>
    public static int Locate(string text, string quote, int expected)
    {
        if (quote.Length == 0)
        {
            return -1;
        }

        if (expected >= 0 && expected + quote.Length <= text.Length && string.CompareOrdinal(text, expected, quote, 0, quote.Length) == 0)
        {
            return expected;
        }

        var best = -1;
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - expected) < Math.Abs(best - expected))
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>
    /// Back from the quotation to just after the previous sentence end or paragraph break; not found (the text
    /// shown then starts mid-sentence) when the search runs out of text or past the window.
    /// </summary>
    private static (int At, bool Found) SentenceStart(string text, int start, bool wholeStart)
    {
        for (var i = start - 1; i >= 0 && start - i <= MaxSide + 40; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && EndsSentence(text, i)))
            {
                return (i + 1, true);
            }
        }

        var at = Math.Max(0, start - MaxSide - 40);
        return (at, at == 0 && wholeStart);
    }

    /// <summary>On from the quotation to the end of its sentence (its closing punctuation and quote marks) or paragraph.</summary>
    private static (int At, bool Found) SentenceEnd(string text, int end, bool wholeEnd)
    {
        if (EndsSentence(text, end))
        {
            return (end, true);
        }

        for (var i = end; i < text.Length && i - end <= MaxSide + 40; i++)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && EndsSentence(text, i)))
            {
                return (i, true);
            }
        }

        var to = Math.Min(text.Length, end + MaxSide + 40);
        return (to, to == text.Length && wholeEnd);
    }

    /// <summary>Whether the text just before position <paramref name="i"/> ends a sentence: . ! or ? (and closing quotes) not after an abbreviation.</summary>
    private static bool EndsSentence(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && "\"'”’)]".Contains(text[j], StringComparison.Ordinal))
        {
            j--;
        }

        if (j < 0 || text[j] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (text[j] != '.')
        {
            return true;
        }

        var w = j;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text[w..j];
        // "Mr." and "U.S." do not end sentences; nor does a single initial ("Kim J. Un").
        return !(Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }

    private static string TrimBefore(string before, bool cut)
    {
        before = Space().Replace(before, " ").TrimStart();
        if (before.Length > MaxSide)
        {
            before = before[^MaxSide..];
            cut = true;
        }

        if (!cut)
        {
            return before;
        }

        var space = before.IndexOf(' ', StringComparison.Ordinal);
        return "…" + (space >= 0 && space < before.Length - 1 ? before[(space + 1)..] : before);
    }

    private static string TrimAfter(string after, bool cut)
    {
        after = Space().Replace(after, " ").TrimEnd();
        if (after.Length > MaxSide)
        {
            after = after[..MaxSide];
            cut = true;
        }

        if (!cut)
        {
            return after;
        }

        var space = after.LastIndexOf(' ');
        return (space > 0 ? after[..space] : after) + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
