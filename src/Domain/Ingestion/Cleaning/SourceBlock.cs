using System.Text;

namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>What the page's markup says a block is, before any reading of its words (plain text has no hints).</summary>
internal enum BlockHint
{
    None,
    Headline,
    Standfirst,
    Byline,
    Timestamp,
    Caption,
    Section,
    Paragraph,
}

/// <summary>
/// One line of plain text or one block element of HTML: its text as the cleaned text will hold it, and pieces that
/// say where every character came from in the raw input (copied verbatim, or written for an entity or a run of
/// white space), so that writing the block also writes its offset map.
/// </summary>
internal sealed class SourceBlock
{
    private readonly List<Piece> _pieces = [];
    private readonly StringBuilder _text = new();
    private string? _cached;

    public int RawStart { get; private set; } = -1;

    public int RawEnd { get; private set; }

    public BlockHint Hint { get; set; }

    /// <summary>Set when the markup alone shows the block is furniture (inside nav, comments, a share bar...).</summary>
    public string? Furniture { get; set; }

    /// <summary>A machine date the markup gives for this block (a time element's datetime attribute).</summary>
    public string? MachineDate { get; set; }

    public string Text => _cached ??= _text.ToString();

    public bool IsEmpty => _text.Length == 0;

    public bool EndsWithSpace => _text.Length > 0 && _text[^1] == ' ';

    public void Copy(string raw, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        // Merge with the previous verbatim piece when contiguous, so the map stays small.
        if (_pieces.Count > 0 && _pieces[^1] is { Verbatim: true } last && last.RawStart + last.RawLength == start)
        {
            _pieces[^1] = last with { RawLength = last.RawLength + length, TextLength = last.TextLength + length };
        }
        else
        {
            _pieces.Add(new Piece(_text.Length, length, start, length, Verbatim: true));
        }

        _text.Append(raw, start, length);
        Touch(start + length);
    }

    public void Replace(string text, int rawStart, int rawLength)
    {
        if (text.Length == 0)
        {
            return;
        }

        _pieces.Add(new Piece(_text.Length, text.Length, rawStart, rawLength, Verbatim: false));
        _text.Append(text);
        Touch(rawStart + rawLength);
    }

    /// <summary>The block without white space at either end, as a range of <see cref="Text"/>.</summary>
    public (int Start, int End) Trimmed()
    {
        var text = Text;
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Writes Text[from, to) into the cleaned text; pieces written for the raw input map as a whole.</summary>
    public void WriteTo(OffsetMap.Builder builder, string raw, int from, int to)
    {
        foreach (var piece in _pieces)
        {
            var pieceEnd = piece.TextStart + piece.TextLength;
            if (pieceEnd <= from || piece.TextStart >= to)
            {
                continue;
            }

            if (piece.Verbatim)
            {
                var skip = Math.Max(0, from - piece.TextStart);
                var take = Math.Min(pieceEnd, to) - piece.TextStart - skip;
                builder.Copy(raw, piece.RawStart + skip, take);
            }
            else
            {
                builder.Replace(Text.Substring(piece.TextStart, piece.TextLength), piece.RawStart, piece.RawLength);
            }
        }
    }

    /// <summary>The raw offset of the character at <paramref name="textIndex"/> (for removed-block spans).</summary>
    public int RawOffsetOf(int textIndex)
    {
        foreach (var piece in _pieces)
        {
            if (textIndex < piece.TextStart + piece.TextLength)
            {
                return piece.Verbatim ? piece.RawStart + Math.Max(0, textIndex - piece.TextStart) : piece.RawStart;
            }
        }

        return RawEnd;
    }

    private void Touch(int rawEnd)
    {
        _cached = null;
        if (RawStart < 0)
        {
            RawStart = _pieces[0].RawStart;
        }

        RawEnd = Math.Max(RawEnd, rawEnd);
    }

    private readonly record struct Piece(int TextStart, int TextLength, int RawStart, int RawLength, bool Verbatim);
}
