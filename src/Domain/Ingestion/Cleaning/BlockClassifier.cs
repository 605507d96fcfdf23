namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>
/// Reads blocks the way an editor skims a page: the header (section, masthead, headline, standfirst, byline,
/// timestamp, captions and credits, dateline) down to the first paragraph of running prose; the body until a
/// list of other stories or the page's chrome begins; after it, only the article's own edition notes and
/// credits. Everything else is furniture, with the reason.
/// </summary>
internal static class BlockClassifier
{
    public static List<BlockReading> Classify(List<SourceBlock> blocks)
    {
        var readings = new List<BlockReading>(blocks.Count);
        foreach (var block in blocks)
        {
            var (start, end) = block.Trimmed();
            readings.Add(new BlockReading(block, block.Text[start..end], start));
        }

        var script = ScriptProfile.Dominant(readings.Where(r => r.Furniture is null).Select(r => r.Text));
        foreach (var reading in readings.Where(r => r.Furniture is null))
        {
            if (ScriptProfile.IsForeignInterface(reading.Text, script))
            {
                reading.Furniture = "interface text in another script";
            }
        }

        var bodyStart = FindBodyStart(readings);
        var header = new HeaderReader(readings, bodyStart);
        header.Read();
        new BodyReader(readings, bodyStart, header.BylineName, header.Headline).Read();
        return readings;
    }

    private static int FindBodyStart(List<BlockReading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (r.Furniture is not null || r.Block.Hint is BlockHint.Headline or BlockHint.Standfirst or BlockHint.Byline or BlockHint.Caption or BlockHint.Timestamp)
            {
                continue;
            }

            if (r.IsProse && !LinePatterns.Edition().IsMatch(r.Text) || (r.Block.Hint == BlockHint.Paragraph && r.Words >= 8))
            {
                return i;
            }
        }

        // No running prose: the first line is the headline and whatever follows is the body.
        var first = readings.FindIndex(r => r.Furniture is null && !LinePatterns.Chrome().IsMatch(r.Text));
        var second = first < 0 ? -1 : readings.FindIndex(first + 1, r => r.Furniture is null && !LinePatterns.Chrome().IsMatch(r.Text));
        return second >= 0 ? second : first;
    }
}
