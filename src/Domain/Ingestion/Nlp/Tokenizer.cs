namespace NewsTreaty.Domain.Ingestion.Nlp;

/// <summary>
/// Splits text into words, numbers, possessives and punctuation, with offsets. Hyphens are their own tokens so
/// "Kim Jong-un" lines up with "Kim Jong Un"; "U.S." stays one word; "’s" is split off its word.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>(Math.Max(4, range.Length / 5));
        var i = range.Start;
        var end = Math.Min(range.End, text.Length);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, tokens);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(i, i + length, TokenKind.Punctuation));
                i += length;
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "’s" at the end of a word is a possessive (or "is"): its own token. Otherwise keep ("O'Brien", "don't").
                if ((text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    tokens.Add(new Token(start, i, TokenKind.Word));
                    tokens.Add(new Token(i, i + 2, TokenKind.Possessive));
                    return i + 2;
                }

                i++;
                continue;
            }

            // Initialisms: "U.S.", "U.N." — a single letter, a dot, a letter.
            if (c == '.' && i - start == 1 && i + 2 < end && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            {
                i += 3;
                while (i + 1 < end && char.IsUpper(text[i]) && text[i + 1] == '.')
                {
                    i += 2;
                }

                break;
            }

            break;
        }

        tokens.Add(new Token(start, i, TokenKind.Word));
        return i;
    }

    private static int ReadNumber(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        tokens.Add(new Token(start, i, TokenKind.Number));
        return i;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>Lower case, with curly apostrophes straightened: the form every lexicon and gazetteer key uses.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = c is '’' or 'ʼ' ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }
}
