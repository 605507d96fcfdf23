namespace NewsTreaty.Domain.Ingestion.Quotations;

/// <summary>A quotation: its marks included (<see cref="Outer"/>) and excluded (<see cref="Inner"/>), and the paragraphs it spans.</summary>
internal sealed record Quotation(TextSpan Outer, TextSpan Inner, int FirstParagraph, int LastParagraph)
{
    public bool SpansParagraphs => LastParagraph > FirstParagraph;
}

/// <summary>
/// Finds quotations in one linear pass: curly and straight double quotes, guillemets, „low-high“ quotes and
/// curly single quotes (told apart from apostrophes by what stands either side). A quote left open at the end of
/// a paragraph continues when the next paragraph opens with a quote mark (the newspaper convention for a quote
/// running over paragraphs); otherwise it is dropped as unbalanced. Never backtracks, so any input — a megabyte
/// of quote marks included — takes linear time.
/// </summary>
internal static class QuoteFinder
{
    public static List<Quotation> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var found = new List<Quotation>();
        char? opener = null;
        int openAt = 0, openParagraph = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p];
            var start = Math.Max(0, span.Start);
            var end = Math.Min(text.Length, span.End);
            if (opener is { } continuing && start < end && IsOpenerOf(text, start, continuing))
            {
                start++; // the repeated opening mark of a quote that runs on
            }

            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (opener is { } open)
                {
                    if (Closes(text, i, open))
                    {
                        found.Add(new Quotation(new TextSpan(openAt, i + 1), new TextSpan(openAt + 1, i), openParagraph, p));
                        opener = null;
                    }

                    continue;
                }

                if (Opens(text, i, start))
                {
                    opener = c;
                    openAt = i;
                    openParagraph = p;
                }
            }

            if (opener is { } stillOpen && !(p + 1 < paragraphs.Count && StartsWithOpener(text, paragraphs[p + 1], stillOpen)))
            {
                opener = null; // unbalanced: drop it rather than swallow the text after it
            }
        }

        return found;
    }

    private static bool Opens(string text, int i, int paragraphStart)
    {
        var c = text[i];
        var before = i > paragraphStart ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '“' or '«' or '„' => !char.IsWhiteSpace(after),
            '"' => !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
            '‘' => !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
            _ => false,
        };
    }

    private static bool Closes(string text, int i, char opener)
    {
        var c = text[i];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return opener switch
        {
            '“' => c is '”' or '"' || c == '“' && char.IsWhiteSpace(after) && i > 0 && !char.IsWhiteSpace(text[i - 1]),
            '"' => c is '"' or '”',
            '«' => c == '»',
            '„' => c is '“' or '”',
            '‘' => c == '’' && !char.IsLetterOrDigit(after) && i > 0 && !char.IsWhiteSpace(text[i - 1]),
            _ => false,
        };
    }

    private static bool IsOpenerOf(string text, int i, char opener) =>
        text[i] == opener || opener == '“' && text[i] == '"' || opener == '"' && text[i] == '“';

    private static bool StartsWithOpener(string text, TextSpan paragraph, char opener) =>
        paragraph.Start < text.Length && paragraph.End > paragraph.Start && IsOpenerOf(text, paragraph.Start, opener);
}
