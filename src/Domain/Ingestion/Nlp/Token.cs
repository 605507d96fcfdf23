namespace NewsTreaty.Domain.Ingestion.Nlp;

internal enum TokenKind
{
    Word,
    Number,

    /// <summary>The possessive "’s" / "'s" split off a word, so "Russia’s" matches the alias "Russia".</summary>
    Possessive,
    Punctuation,
}

/// <summary>A token of a text: [Start, End) into it, and its kind. The text itself is read through the source string.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with an upper-case letter ("Kim", "KIM", "US").</summary>
    public bool IsCapitalised(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);

    /// <summary>Two or more letters, all upper case ("UN", "KCNA", "KIM").</summary>
    public bool IsAllCaps(string text)
    {
        if (Kind != TokenKind.Word || Length < 2)
        {
            return false;
        }

        foreach (var c in In(text))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool Is(string text, string word) => In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token folded for lookups: lower case, curly apostrophes straightened.</summary>
    public string Key(string text) => Tokenizer.Fold(In(text));
}
