namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// A half-open range [<see cref="Start"/>, <see cref="End"/>) of UTF-16 code units in one text: the cleaned text
/// of an article unless a member says otherwise. Every proposal the pipeline makes points at its words through one.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a span: start must be ≥ 0 and end ≥ start.");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>True when the span lies inside a text of <paramref name="length"/> code units.</summary>
    public bool FitsIn(int length) => End <= length;

    /// <summary>The spanned characters of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
