namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// An <see cref="IOffsetMap"/> built while the cleaned text is written: runs copied verbatim from the raw input,
/// replacements (an HTML entity or a collapsed run of white space written as fewer characters) and synthetic
/// characters (paragraph breaks) that have no raw counterpart and map to the raw position where they were inserted.
/// </summary>
public sealed class OffsetMap : IOffsetMap
{
    // Each segment: cleaned [CleanedStart, CleanedStart + CleanedLength) came from raw [RawStart, RawStart + RawLength).
    // Verbatim runs have equal lengths and map character by character; other segments map as a whole.
    private readonly List<Segment> _segments;
    private readonly int _cleanedLength;
    private readonly int _rawLength;

    private OffsetMap(List<Segment> segments, int cleanedLength, int rawLength)
    {
        _segments = segments;
        _cleanedLength = cleanedLength;
        _rawLength = rawLength;
    }

    /// <summary>The map of a text that is its own raw input.</summary>
    public static OffsetMap Identity(int length) =>
        new(length == 0 ? [] : [new Segment(0, length, 0, length, Verbatim: true)], length, length);

    public int ToRaw(int cleanedOffset)
    {
        if (cleanedOffset < 0 || cleanedOffset > _cleanedLength)
        {
            throw new ArgumentOutOfRangeException(nameof(cleanedOffset), $"{cleanedOffset} is outside the cleaned text (0–{_cleanedLength}).");
        }

        if (cleanedOffset == _cleanedLength)
        {
            return _segments.Count == 0 ? _rawLength : _segments[^1].RawEnd;
        }

        var segment = _segments[FindByCleaned(cleanedOffset)];
        return segment.Verbatim ? segment.RawStart + (cleanedOffset - segment.CleanedStart) : segment.RawStart;
    }

    public TextSpan ToRaw(TextSpan cleaned)
    {
        if (cleaned.IsEmpty)
        {
            var at = ToRaw(cleaned.Start);
            return new TextSpan(at, at);
        }

        var start = ToRaw(cleaned.Start);
        var last = _segments[FindByCleaned(cleaned.End - 1)];
        var end = last.Verbatim ? last.RawStart + (cleaned.End - last.CleanedStart) : last.RawEnd;
        return new TextSpan(start, Math.Max(start, end));
    }

    public int? ToCleaned(int rawOffset)
    {
        foreach (var segment in _segments)
        {
            if (segment.Verbatim && rawOffset >= segment.RawStart && rawOffset < segment.RawEnd)
            {
                return segment.CleanedStart + (rawOffset - segment.RawStart);
            }

            if (!segment.Verbatim && segment.RawLength > 0 && rawOffset == segment.RawStart)
            {
                return segment.CleanedStart;
            }
        }

        return null;
    }

    public TextSpan? ToCleaned(TextSpan raw)
    {
        if (raw.IsEmpty)
        {
            return ToCleaned(raw.Start) is { } at ? new TextSpan(at, at) : null;
        }

        // Every raw character must survive, in one contiguous cleaned run.
        var start = ToCleaned(raw.Start);
        if (start is null)
        {
            return null;
        }

        var cleaned = new TextSpan(start.Value, start.Value);
        var rawAt = raw.Start;
        var index = FindByCleaned(start.Value);
        while (rawAt < raw.End && index < _segments.Count)
        {
            var segment = _segments[index];
            if (segment.RawLength == 0)
            {
                index++;
                continue;
            }

            if (rawAt < segment.RawStart || rawAt >= segment.RawEnd)
            {
                return null;
            }

            if (segment.Verbatim)
            {
                var take = Math.Min(raw.End, segment.RawEnd) - rawAt;
                cleaned = new TextSpan(cleaned.Start, segment.CleanedStart + (rawAt - segment.RawStart) + take);
                rawAt += take;
            }
            else
            {
                if (raw.End < segment.RawEnd)
                {
                    return null;
                }

                cleaned = new TextSpan(cleaned.Start, segment.CleanedEnd);
                rawAt = segment.RawEnd;
            }

            index++;
        }

        return rawAt >= raw.End ? cleaned : null;
    }

    private int FindByCleaned(int cleanedOffset)
    {
        int low = 0, high = _segments.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var segment = _segments[mid];
            if (cleanedOffset < segment.CleanedStart)
            {
                high = mid - 1;
            }
            else if (cleanedOffset >= segment.CleanedEnd)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        throw new InvalidOperationException($"No segment covers cleaned offset {cleanedOffset}.");
    }

    private readonly record struct Segment(int CleanedStart, int CleanedLength, int RawStart, int RawLength, bool Verbatim)
    {
        public int CleanedEnd => CleanedStart + CleanedLength;

        public int RawEnd => RawStart + RawLength;
    }

    /// <summary>Writes a cleaned text and its map together; <see cref="Build"/> returns both.</summary>
    public sealed class Builder(int rawLength)
    {
        /// <summary>
        /// C0 and C1 control characters and DEL, which pages carry by accident (pasted from word processors, broken
        /// encodings) and which the store refuses in text; tab and line breaks are text and stay.
        /// </summary>
        public static readonly System.Buffers.SearchValues<char> StrayControls = System.Buffers.SearchValues.Create(
            [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r'))]);

        private readonly System.Text.StringBuilder _text = new();
        private readonly List<Segment> _segments = [];

        public int Length => _text.Length;

        /// <summary>
        /// Copies raw[<paramref name="rawStart"/>, +length) verbatim, less stray control characters: each run between
        /// them is its own verbatim segment, so every kept character still maps to its own raw offset.
        /// </summary>
        public Builder Copy(string raw, int rawStart, int length)
        {
            var end = rawStart + length;
            while (rawStart < end)
            {
                var stray = raw.AsSpan(rawStart, end - rawStart).IndexOfAny(StrayControls);
                var run = stray < 0 ? end - rawStart : stray;
                if (run > 0)
                {
                    _segments.Add(new Segment(_text.Length, run, rawStart, run, Verbatim: true));
                    _text.Append(raw, rawStart, run);
                }

                rawStart += run + (stray < 0 ? 0 : 1);
            }

            return this;
        }

        /// <summary>Writes <paramref name="text"/> in place of raw[<paramref name="rawStart"/>, +rawLength) (an entity, collapsed white space).</summary>
        public Builder Replace(string text, int rawStart, int rawLength)
        {
            if (text.AsSpan().ContainsAny(StrayControls))
            {
                text = string.Concat(text.Where(c => !StrayControls.Contains(c))); // "&#1;" decodes to one
            }

            if (text.Length == 0)
            {
                return this;
            }

            _segments.Add(new Segment(_text.Length, text.Length, rawStart, rawLength, Verbatim: false));
            _text.Append(text);
            return this;
        }

        /// <summary>Writes characters with no raw counterpart (a paragraph break), mapped to <paramref name="rawAt"/>.</summary>
        public Builder Insert(string text, int rawAt) => Replace(text, rawAt, 0);

        public (string Text, OffsetMap Map) Build()
        {
            var text = _text.ToString();
            return (text, new OffsetMap([.. _segments], text.Length, rawLength));
        }
    }
}
