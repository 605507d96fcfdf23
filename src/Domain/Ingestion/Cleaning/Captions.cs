namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>Splits "caption (Credit: X)" or "caption. Photograph: X" into a caption part and a credit part.</summary>
internal static class Captions
{
    public static void Split(BlockReading r)
    {
        var match = LinePatterns.TrailingCredit().Match(r.Text);
        if (!match.Success)
        {
            r.Whole(LinePatterns.CreditLine().IsMatch(r.Text) ? ArticlePart.Credit : ArticlePart.Caption);
            return;
        }

        var captionEnd = match.Index;
        while (captionEnd > 0 && char.IsWhiteSpace(r.Text[captionEnd - 1]))
        {
            captionEnd--;
        }

        if (captionEnd > 0)
        {
            r.Parts.Add((ArticlePart.Caption, 0, captionEnd));
        }

        r.Parts.Add((ArticlePart.Credit, match.Index, match.Index + match.Value.TrimEnd().Length));
    }
}

/// <summary>The people a byline names: "By Hana Lee and Marcus Okafor" → "Hana Lee and Marcus Okafor".</summary>
internal static class Bylines
{
    public static string? Names(string byline)
    {
        var text = byline.Trim();
        var by = LinePatterns.ByLine().IsMatch(text) ? text.IndexOf(' ', StringComparison.Ordinal) : -1;
        if (by > 0)
        {
            text = text[(by + 1)..];
        }

        // Roles and notes follow a comma, a full stop or a vertical bar: "Priya Natarajan, transport correspondent".
        var cut = text.IndexOfAny([',', '|', '·', '•', '(']);
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 0 && (cut < 0 || stop < cut))
        {
            cut = stop;
        }

        text = (cut > 0 ? text[..cut] : text).Trim().TrimEnd('.');
        return text.Length is > 1 and <= 120 ? text : null;
    }
}
