namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>Names the blocks above the body: section, masthead, headline, standfirst, byline, timestamp, captions.</summary>
internal sealed class HeaderReader(List<BlockReading> readings, int bodyStart)
{
    public string? Headline { get; private set; }

    public string? BylineName { get; private set; }

    public void Read()
    {
        var end = bodyStart < 0 ? readings.Count : bodyStart;
        var standfirst = false;
        for (var i = 0; i < end; i++)
        {
            var r = readings[i];
            if (r.IsDecided)
            {
                continue;
            }

            var next = NextUndecided(i + 1, end);
            if (ByHint(r, ref standfirst) || ByShape(r, next))
            {
                continue;
            }

            if (Headline is null && r.Words >= 2)
            {
                r.Whole(ArticlePart.Headline);
                Headline = r.Text;
            }
            else if (Headline is not null && string.Equals(r.Text, Headline, StringComparison.OrdinalIgnoreCase))
            {
                r.Drop("repeated headline");
            }
            else if (Headline is not null && !standfirst && r.Words >= 4)
            {
                r.Whole(ArticlePart.Standfirst);
                standfirst = true;
            }
            else
            {
                r.Drop("header furniture");
            }
        }

        // A section label is only a label when a headline follows it; otherwise the short line was the headline.
        if (Headline is null && readings.Take(end).FirstOrDefault(r => r.Parts is [(ArticlePart.Section, _, _)]) is { } lone)
        {
            lone.Parts.Clear();
            lone.Whole(ArticlePart.Headline);
            Headline = lone.Text;
        }
    }

    private bool ByHint(BlockReading r, ref bool standfirst)
    {
        switch (r.Block.Hint)
        {
            case BlockHint.Headline when Headline is null:
                r.Whole(ArticlePart.Headline);
                Headline = r.Text;
                return true;
            case BlockHint.Standfirst when !standfirst:
                r.Whole(ArticlePart.Standfirst);
                standfirst = true;
                return true;
            case BlockHint.Byline:
                SetByline(r);
                return true;
            case BlockHint.Timestamp when LinePatterns.HasDate().IsMatch(r.Text) || r.Block.MachineDate is not null:
                r.Whole(ArticlePart.Timestamp);
                return true;
            case BlockHint.Caption:
                Captions.Split(r);
                return true;
            case BlockHint.Section when Headline is null && r.Words <= 4:
                r.Whole(ArticlePart.Section);
                return true;
            default:
                return false;
        }
    }

    private bool ByShape(BlockReading r, BlockReading? next)
    {
        var text = r.Text;
        if (LinePatterns.Chrome().IsMatch(text) || LinePatterns.InlineFurniture().IsMatch(text))
        {
            r.Drop("page interface");
        }
        else if (LinePatterns.StampLine().IsMatch(text) && LinePatterns.HasDate().IsMatch(text))
        {
            r.Whole(ArticlePart.Timestamp);
        }
        else if (LinePatterns.DatelineLine().IsMatch(text))
        {
            r.Whole(ArticlePart.Dateline);
        }
        else if (LinePatterns.CreditLine().IsMatch(text))
        {
            r.Whole(ArticlePart.Credit);
        }
        else if (next is not null && LinePatterns.CreditLine().IsMatch(next.Text) && Headline is not null && r.Words >= 3)
        {
            r.Whole(ArticlePart.Caption);
        }
        else if (LinePatterns.TrailingCredit().IsMatch(text) && Headline is not null)
        {
            Captions.Split(r);
        }
        else if (LinePatterns.ByLine().IsMatch(text) || (LinePatterns.NameLine().IsMatch(text) && !LinePatterns.MastheadWord().IsMatch(text) && r.Words <= 8))
        {
            SetByline(r);
        }
        else if (Headline is null && r.Words <= 8 && LinePatterns.MastheadWord().IsMatch(text) && IsTitleCase(text) && next is not null)
        {
            r.Whole(ArticlePart.Masthead);
        }
        else if (Headline is not null && r.Words <= 6 && LinePatterns.MastheadWord().IsMatch(text) && IsTitleCase(text) && !LinePatterns.TerminalPunctuation().IsMatch(text))
        {
            r.Whole(ArticlePart.Masthead);
        }
        else if (Headline is null && LinePatterns.SectionLine().IsMatch(text) && FirstComponentWords(text) <= 3 && next is not null)
        {
            r.Whole(ArticlePart.Section);
        }
        else
        {
            return false;
        }

        return true;
    }

    private void SetByline(BlockReading r)
    {
        r.Whole(ArticlePart.Byline);
        BylineName ??= Bylines.Names(r.Text);
    }

    private BlockReading? NextUndecided(int from, int end)
    {
        for (var k = from; k < Math.Min(readings.Count, end + 1); k++)
        {
            if (readings[k].Furniture is null)
            {
                return readings[k];
            }
        }

        return null;
    }

    private static int FirstComponentWords(string text) => LinePatterns.Word().Count(text.Split('|', '›', '>', '/')[0]);

    private static bool IsTitleCase(string text) =>
        LinePatterns.Word().Matches(text).All(m => char.IsUpper(m.Value[0]) || m.Value.Length <= 3 || m.Value is "edition");
}
