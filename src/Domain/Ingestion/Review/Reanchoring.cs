namespace NewsTreaty.Domain.Ingestion.Review;

public enum AnchorOutcome
{
    /// <summary>The quotation's raw offsets map through the cleaner's offset map onto the same words in the cleaned text.</summary>
    Moved,

    /// <summary>The offsets did not carry over, but the quotation occurs exactly once in the cleaned text: anchored there.</summary>
    Relocated,

    /// <summary>The quotation cannot be found at its mapped offsets nor exactly once elsewhere: nothing was changed for it.</summary>
    Lost,
}

/// <summary>One stored quotation of a re-ingested article and where it lands in the new cleaned text.</summary>
public sealed record AnchoredQuote(string Claim, string Quote, int Start, int End, int? NewStart, int? NewEnd, AnchorOutcome Outcome, string? Note = null);

/// <summary>What happened to a known article's stored quotations when its text arrived.</summary>
public sealed record AnchorReport(bool TextAttached, string Summary, IReadOnlyList<AnchoredQuote> Quotes);

/// <summary>
/// Carries a known article's quotation offsets over to its cleaned text. The curated offsets count characters of
/// the raw source document; when the ingested input is that document (same SHA-256), the cleaner's offset map
/// takes each span raw → cleaned and the quotation is checked at its new place. Otherwise, or when the mapped
/// text differs, a quotation found exactly once in the cleaned text is anchored there; anything else is lost.
/// </summary>
internal static class Reanchoring
{
    public static IReadOnlyList<AnchoredQuote> Run(IEnumerable<(string Claim, string Quote, int Start, int End)> quotes, CleanedArticle cleaned, bool offsetsAreRaw)
    {
        var text = cleaned.Text;
        var anchored = new List<AnchoredQuote>();
        foreach (var (claim, quote, start, end) in quotes)
        {
            if (offsetsAreRaw && start >= 0 && end > start && cleaned.Map.ToCleaned(new TextSpan(start, end)) is { } mapped
                && mapped.FitsIn(text.Length) && string.CompareOrdinal(text, mapped.Start, quote, 0, Math.Max(quote.Length, mapped.Length)) == 0
                && mapped.Length == quote.Length)
            {
                anchored.Add(new AnchoredQuote(claim, quote, start, end, mapped.Start, mapped.End, AnchorOutcome.Moved));
                continue;
            }

            var first = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
            if (first >= 0 && text.IndexOf(quote, first + 1, StringComparison.Ordinal) < 0)
            {
                anchored.Add(new AnchoredQuote(claim, quote, start, end, first, first + quote.Length, AnchorOutcome.Relocated,
                    offsetsAreRaw ? "its offsets no longer held the quotation; it occurs once elsewhere in the cleaned text" : "found once in the cleaned text"));
                continue;
            }

            anchored.Add(new AnchoredQuote(claim, quote, start, end, null, null, AnchorOutcome.Lost,
                first >= 0 ? "the quotation occurs more than once in the cleaned text and its offsets did not carry over"
                : "the quotation is not in the cleaned text (dropped as page furniture, or its spacing or characters changed)"));
        }

        return anchored;
    }
}
