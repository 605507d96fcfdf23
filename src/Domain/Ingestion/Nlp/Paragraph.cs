namespace NewsTreaty.Domain.Ingestion.Nlp;

/// <summary>A paragraph of the cleaned text: its span, the article part it belongs to, and its sentences.</summary>
internal sealed record Paragraph(int Index, TextSpan Span, ArticlePart Part, IReadOnlyList<TextSpan> Sentences);

/// <summary>The cleaned article cut into paragraphs and sentences once, for every stage that reads it.</summary>
internal sealed class Document
{
    private Document(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        Text = text;
        Paragraphs = paragraphs;
    }

    public string Text { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public static Document Of(CleanedArticle article)
    {
        var text = article.Text;
        var parts = article.Parts.Count > 0
            ? article.Parts.Where(p => p.Span.FitsIn(text.Length)).OrderBy(p => p.Span.Start).ToList()
            : text.Length > 0 ? [new PartSpan(ArticlePart.Body, new TextSpan(0, text.Length))] : [];
        var paragraphs = new List<Paragraph>();
        foreach (var part in parts)
        {
            foreach (var span in SplitParagraphs(text, part.Span))
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, span, part.Part, SentenceSplitter.Split(text, span)));
            }
        }

        return new Document(text, paragraphs);
    }

    /// <summary>The paragraph holding <paramref name="offset"/>, or null.</summary>
    public Paragraph? ParagraphAt(int offset)
    {
        int low = 0, high = Paragraphs.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var span = Paragraphs[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return Paragraphs[mid];
            }
        }

        return null;
    }

    /// <summary>Paragraphs are separated by a blank line; leading and trailing white space is trimmed off each.</summary>
    private static IEnumerable<TextSpan> SplitParagraphs(string text, TextSpan range)
    {
        var start = range.Start;
        var i = range.Start;
        while (i < range.End)
        {
            if (text[i] == '\n')
            {
                var j = i + 1;
                while (j < range.End && text[j] is ' ' or '\t' or '\r')
                {
                    j++;
                }

                if (j < range.End && text[j] == '\n')
                {
                    if (Trim(text, start, i) is { } paragraph)
                    {
                        yield return paragraph;
                    }

                    while (j < range.End && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }

                    start = j;
                    i = j;
                    continue;
                }
            }

            i++;
        }

        if (Trim(text, start, range.End) is { } last)
        {
            yield return last;
        }
    }

    internal static TextSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }
}
