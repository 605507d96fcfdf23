namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>
/// Reads from the first paragraph down. The body runs until the page's chrome or a list of other stories begins;
/// after chrome only the article's own edition notes and credits are kept, and after a list heading nothing is
/// (an edition note there is another story's).
/// </summary>
internal sealed class BodyReader(List<BlockReading> readings, int bodyStart, string? bylineName, string? headline)
{
    private enum Mode
    {
        Body,
        Trailer,
        Lists,
    }

    public void Read()
    {
        if (bodyStart < 0)
        {
            return;
        }

        var repeated = RepeatedShortLines();
        var mode = Mode.Body;
        var listReason = "";
        var firstBody = true;
        for (var i = bodyStart; i < readings.Count; i++)
        {
            var r = readings[i];
            if (r.IsDecided)
            {
                continue;
            }

            var text = r.Text;
            if (mode == Mode.Lists)
            {
                r.Drop(listReason);
            }
            else if (LinePatterns.ListHeading().IsMatch(text))
            {
                mode = Mode.Lists;
                listReason = "list of other stories (" + Shorten(text) + ")";
                r.Drop(listReason);
            }
            else if (LinePatterns.Edition().IsMatch(text))
            {
                r.Whole(ArticlePart.Edition);
            }
            else if (LinePatterns.CreditLine().IsMatch(text) || IsAuthorBio(r))
            {
                r.Whole(ArticlePart.Credit);
            }
            else if (mode == Mode.Trailer)
            {
                r.Drop(LinePatterns.Copyright().IsMatch(text) ? Removal.Copyright : "after the article");
            }
            else if (LinePatterns.InlineFurniture().IsMatch(text))
            {
                r.Drop("advertising or promotion");
            }
            else if (LinePatterns.Chrome().IsMatch(text) || LinePatterns.Copyright().IsMatch(text) || repeated.Contains(text))
            {
                mode = Mode.Trailer;
                r.Drop(LinePatterns.Copyright().IsMatch(text) ? Removal.Copyright : repeated.Contains(text) ? "repeated line" : "page interface");
            }
            else if (LinePatterns.StampLine().IsMatch(text) && LinePatterns.HasDate().IsMatch(text))
            {
                if (text.Contains("updated", StringComparison.OrdinalIgnoreCase) || text.Contains("published", StringComparison.OrdinalIgnoreCase))
                {
                    r.Whole(ArticlePart.Timestamp);
                }
                else
                {
                    mode = Mode.Trailer;
                    r.Drop("date of another item");
                }
            }
            else if (r.Block.Hint == BlockHint.Caption || LinePatterns.TrailingCredit().IsMatch(text) && !r.IsProse)
            {
                Captions.Split(r);
            }
            else if (NextIsCredit(i) && !r.IsProse)
            {
                r.Whole(ArticlePart.Caption);
            }
            else if (headline is not null && string.Equals(text, headline, StringComparison.OrdinalIgnoreCase))
            {
                r.Drop("repeated headline");
            }
            else if (!r.EndsSentence && PullQuotes.IsPullQuote(r, readings, bodyStart))
            {
                r.Drop("pull quote");
            }
            else
            {
                Body(r, firstBody);
                firstBody = false;
            }
        }

        TrimTail();
    }

    private static void Body(BlockReading r, bool first)
    {
        var dateline = first ? LinePatterns.DatelinePrefix().Match(r.Text) : null;
        if (dateline is { Success: true } && dateline.Length < r.Text.Length)
        {
            var end = dateline.Length;
            while (end > 0 && char.IsWhiteSpace(r.Text[end - 1]))
            {
                end--;
            }

            r.Parts.Add((ArticlePart.Dateline, 0, end));
            r.Parts.Add((ArticlePart.Body, dateline.Length, r.Text.Length));
            return;
        }

        r.Whole(ArticlePart.Body);
    }

    /// <summary>Short body lines after the last paragraph of prose (tags, sign-offs without a heading) are furniture.</summary>
    private void TrimTail()
    {
        for (var i = readings.Count - 1; i >= bodyStart; i--)
        {
            var r = readings[i];
            if (r.Parts is not [(ArticlePart.Body, _, _)])
            {
                continue;
            }

            if (r.IsProse || r.EndsSentence || r.Words > 6)
            {
                return;
            }

            r.Drop("after the article");
        }
    }

    private bool IsAuthorBio(BlockReading r) =>
        bylineName is { Length: > 0 } name && r.Words <= 40
        && (r.Text.StartsWith(name + " is ", StringComparison.Ordinal) || r.Text.StartsWith(name + " was ", StringComparison.Ordinal));

    private bool NextIsCredit(int i)
    {
        for (var k = i + 1; k < readings.Count; k++)
        {
            if (readings[k].Furniture is null)
            {
                var next = readings[k].Text;
                return LinePatterns.CreditLine().IsMatch(next) && !next.Contains("reporting", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private HashSet<string> RepeatedShortLines()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = bodyStart; i < readings.Count; i++)
        {
            if (readings[i].Words <= 8 && readings[i].Furniture is null)
            {
                counts[readings[i].Text] = counts.GetValueOrDefault(readings[i].Text) + 1;
            }
        }

        return [.. counts.Where(c => c.Value >= 2).Select(c => c.Key)];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>Reasons the metadata stage reads back from removed blocks.</summary>
internal static class Removal
{
    public const string Copyright = "copyright line";
}

/// <summary>A display quote: a line without final punctuation whose words all recur in one paragraph of the body.</summary>
internal static class PullQuotes
{
    // Comparing is quadratic in the number of paragraphs; a real page has a handful of candidates and a few dozen paragraphs.
    private const int MaxParagraphs = 400;

    public static bool IsPullQuote(BlockReading candidate, List<BlockReading> readings, int bodyStart)
    {
        if (candidate.Words < 6 || candidate.Words > 40)
        {
            return false;
        }

        var words = candidate.ContentWords;
        if (words.Count < 4)
        {
            return false;
        }

        for (var i = bodyStart; i < Math.Min(readings.Count, bodyStart + MaxParagraphs); i++)
        {
            var other = readings[i];
            if (!ReferenceEquals(other, candidate) && other.Furniture is null && other.IsProse && words.All(other.ContentWords.Contains))
            {
                return true;
            }
        }

        return false;
    }
}
