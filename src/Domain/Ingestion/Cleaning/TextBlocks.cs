namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>Plain text → one block per non-blank line, characters copied verbatim (control characters skipped).</summary>
internal static class TextBlocks
{
    public static List<SourceBlock> Read(string raw)
    {
        var blocks = new List<SourceBlock>();
        var position = 0;
        while (position < raw.Length)
        {
            var end = position;
            while (end < raw.Length && raw[end] is not ('\n' or '\r' or '\u2028' or '\u2029'))
            {
                end++;
            }

            var block = Line(raw, position, end);
            if (block is not null)
            {
                blocks.Add(block);
            }

            position = end < raw.Length && raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return blocks;
    }

    private static SourceBlock? Line(string raw, int start, int end)
    {
        while (start < end && IsBlank(raw[start]))
        {
            start++;
        }

        while (end > start && IsBlank(raw[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return null;
        }

        var block = new SourceBlock();
        var run = start;
        for (var i = start; i < end; i++)
        {
            if (char.IsControl(raw[i]) && raw[i] != '\t')
            {
                block.Copy(raw, run, i - run);
                run = i + 1;
            }
        }

        block.Copy(raw, run, end - run);
        return block.IsEmpty ? null : block;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\t') || c == '\uFEFF';
}
