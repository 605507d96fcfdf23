using NewsTreaty.Domain.Ingestion.Cleaning;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 1: raw text or HTML in; the article's own parts out (headline, standfirst, byline, dateline, timestamp,
/// captions and credits, edition notes, body), furniture dropped with the reason, and every cleaned character
/// mapped back to the raw input. Never throws: input it cannot read (binary) gives an empty article and a problem.
/// </summary>
public sealed class ArticleCleaner
{
    // Past this share of control characters in the first 64K characters, the input is not text.
    private const double BinaryThreshold = 0.10;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Stages are instances composed by the pipeline.")]
    public CleanedArticle Run(RawArticle raw)
    {
        var content = raw.Content ?? "";
        if (BinaryProblem(content) is { } problem)
        {
            var (empty, emptyMap) = new OffsetMap.Builder(content.Length).Build();
            return new CleanedArticle(empty, [], emptyMap, content.Length == 0 ? [] : [new RemovedBlock(new TextSpan(0, content.Length), "not text")], Problems: [problem]);
        }

        var html = raw.Format == SourceFormat.Html || LooksLikeHtml(content);
        PageMetadata? page = null;
        List<SourceBlock> blocks;
        if (html)
        {
            (blocks, page) = HtmlBlocks.Read(content);
        }
        else
        {
            blocks = TextBlocks.Read(content);
        }

        var readings = BlockClassifier.Classify(blocks);
        return Write(content, readings, page);
    }

    private static CleanedArticle Write(string raw, List<BlockReading> readings, PageMetadata? page)
    {
        var builder = new OffsetMap.Builder(raw.Length);
        var parts = new List<PartSpan>();
        var removed = new List<RemovedBlock>();
        string? headline = null;
        foreach (var reading in readings)
        {
            var block = reading.Block;
            if (reading.Furniture is { } reason || reading.Parts.Count == 0)
            {
                removed.Add(new RemovedBlock(new TextSpan(block.RawStart, Math.Max(block.RawStart, block.RawEnd)), reading.Furniture ?? "unclassified"));
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Insert("\n\n", block.RawStart);
            }

            var start = builder.Length;
            block.WriteTo(builder, raw, reading.TrimStart, reading.TrimStart + reading.Text.Length);
            foreach (var (part, from, to) in reading.Parts.OrderBy(p => p.Start))
            {
                if (to > from)
                {
                    parts.Add(new PartSpan(part, new TextSpan(start + from, start + to)));
                }
            }

            if (headline is null && reading.Parts.Any(p => p.Part == ArticlePart.Headline))
            {
                headline = reading.Text;
            }
        }

        var (text, map) = builder.Build();
        var language = LanguageGuess.Normalise(page?.Language) ?? LanguageGuess.Of(text, parts);
        return new CleanedArticle(text, parts, map, removed, headline, language, page);
    }

    private static string? BinaryProblem(string content)
    {
        var sample = Math.Min(content.Length, 65_536);
        if (sample == 0)
        {
            return null;
        }

        var control = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = content[i];
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        var share = (double)control / sample;
        return share > BinaryThreshold
            ? $"The input does not look like text: {share:P0} of its first {sample:N0} characters are control or replacement characters. Send the article as UTF-8 text or HTML."
            : null;
    }

    private static bool LooksLikeHtml(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)));
    }
}
