namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>What the classifier decided for one block: parts within its trimmed text, or why it was dropped.</summary>
internal sealed class BlockReading(SourceBlock block, string text, int trimStart)
{
    public SourceBlock Block { get; } = block;

    /// <summary>The block's trimmed text.</summary>
    public string Text { get; } = text;

    /// <summary>Where <see cref="Text"/> starts inside the block's full text.</summary>
    public int TrimStart { get; } = trimStart;

    public int Words { get; } = LinePatterns.Word().Count(text);

    public string? Furniture { get; set; } = block.Furniture;

    public List<(ArticlePart Part, int Start, int End)> Parts { get; } = [];

    public bool IsDecided => Furniture is not null || Parts.Count > 0;

    public bool EndsSentence => LinePatterns.TerminalPunctuation().IsMatch(Text);

    /// <summary>Running prose: long enough and finished like a sentence (or simply long).</summary>
    public bool IsProse => Words >= 12 && (EndsSentence || Text.Length >= 200);

    /// <summary>Lower-cased words of four letters or more (for pull-quote detection), computed once.</summary>
    public HashSet<string> ContentWords => _contentWords ??=
        [.. LinePatterns.Word().Matches(Text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 4)];

    private HashSet<string>? _contentWords;

    public void Whole(ArticlePart part) => Parts.Add((part, 0, Text.Length));

    public void Drop(string reason)
    {
        Parts.Clear();
        Furniture = reason;
    }
}
