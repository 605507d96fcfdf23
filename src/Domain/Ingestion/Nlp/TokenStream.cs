namespace NewsTreaty.Domain.Ingestion.Nlp;

/// <summary>
/// A paragraph's tokens for matching: hyphens that join two words ("Jong-un", "Kim-Putin") are dropped so
/// names line up across spellings, and each token knows its folded key and its sentence.
/// </summary>
internal sealed class TokenStream
{
    private TokenStream(string text, Paragraph paragraph, List<Token> tokens, string[] keys, int[] sentences, bool[] joined)
    {
        Text = text;
        Paragraph = paragraph;
        Tokens = tokens;
        Keys = keys;
        Sentences = sentences;
        Joined = joined;
    }

    public string Text { get; }

    public Paragraph Paragraph { get; }

    public List<Token> Tokens { get; }

    /// <summary>Folded form of each token (lower case, straight apostrophes).</summary>
    public string[] Keys { get; }

    /// <summary>Index into <see cref="Paragraph.Sentences"/> of each token's sentence.</summary>
    public int[] Sentences { get; }

    /// <summary>True where a joining hyphen was dropped just before the token.</summary>
    public bool[] Joined { get; }

    public int Count => Tokens.Count;

    public static TokenStream Of(string text, Paragraph paragraph)
    {
        var raw = Tokenizer.Tokenize(text, paragraph.Span);
        var tokens = new List<Token>(raw.Count);
        var joined = new List<bool>(raw.Count);
        var pendingJoin = false;
        for (var i = 0; i < raw.Count; i++)
        {
            var t = raw[i];
            if (t.Kind == TokenKind.Punctuation && t.Length == 1 && text[t.Start] is '-' or '‐' or '‑'
                && i > 0 && i + 1 < raw.Count && raw[i - 1].End == t.Start && raw[i + 1].Start == t.End
                && raw[i - 1].Kind != TokenKind.Punctuation && raw[i + 1].Kind != TokenKind.Punctuation)
            {
                pendingJoin = true;
                continue;
            }

            tokens.Add(t);
            joined.Add(pendingJoin);
            pendingJoin = false;
        }

        var keys = new string[tokens.Count];
        var sentences = new int[tokens.Count];
        var s = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            keys[i] = tokens[i].Kind == TokenKind.Punctuation ? text[tokens[i].Start].ToString() : tokens[i].Key(text);
            while (s + 1 < paragraph.Sentences.Count && tokens[i].Start >= paragraph.Sentences[s + 1].Start)
            {
                s++;
            }

            sentences[i] = s;
        }

        return new TokenStream(text, paragraph, tokens, keys, sentences, [.. joined]);
    }

    public bool IsSentenceStart(int i)
    {
        if (i == 0)
        {
            return true;
        }

        if (Sentences[i] != Sentences[i - 1])
        {
            return true;
        }

        // After an opening quote or bracket that itself starts the sentence.
        var j = i - 1;
        while (j >= 0 && Tokens[j].Kind == TokenKind.Punctuation && SentenceSplitter.IsOpener(Text[Tokens[j].Start]))
        {
            j--;
        }

        return j < 0 || Sentences[j] != Sentences[i];
    }

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    public string KeyAt(int i) => i >= 0 && i < Tokens.Count ? Keys[i] : "";

    /// <summary>The text span of tokens [from, toExclusive); an empty span where the range is empty or out of bounds.</summary>
    public TextSpan SpanOf(int from, int toExclusive)
    {
        if (Tokens.Count == 0)
        {
            return new TextSpan(Paragraph.Span.Start, Paragraph.Span.Start);
        }

        from = Math.Clamp(from, 0, Tokens.Count - 1);
        toExclusive = Math.Min(toExclusive, Tokens.Count);
        return toExclusive <= from ? new TextSpan(Tokens[from].Start, Tokens[from].Start) : new TextSpan(Tokens[from].Start, Tokens[toExclusive - 1].End);
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/> (Count when none does).</summary>
    public int FirstAtOrAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
