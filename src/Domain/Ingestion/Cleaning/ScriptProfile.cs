using System.Globalization;

namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>The writing systems of a text, to spot app chrome in another script than the article's.</summary>
internal enum Script
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Hebrew,
    Greek,
    Hangul,
    Cjk,
    Other,
}

internal static class ScriptProfile
{
    public static Script Of(char c) => c switch
    {
        _ when !char.IsLetter(c) => Script.None,
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFEFF') => Script.Arabic,
        (>= '\u1100' and <= '\u11FF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u3130' and <= '\u318F') => Script.Hangul,
        (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') => Script.Cjk,
        _ => Script.Other,
    };

    /// <summary>The script most letters of the texts are written in (looking at up to 20,000 letters).</summary>
    public static Script Dominant(IEnumerable<string> texts)
    {
        Span<int> counts = stackalloc int[9];
        var seen = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                var script = Of(c);
                if (script != Script.None)
                {
                    counts[(int)script]++;
                    if (++seen > 20_000)
                    {
                        return Max(counts);
                    }
                }
            }
        }

        return Max(counts);
    }

    /// <summary>A short line mostly in another script than the article's: interface text of a reader app.</summary>
    public static bool IsForeignInterface(string text, Script dominant)
    {
        if (dominant == Script.None || text.Length > 160)
        {
            return false;
        }

        int foreign = 0, letters = 0;
        foreach (var c in text)
        {
            var script = Of(c);
            if (script == Script.None)
            {
                continue;
            }

            letters++;
            if (script != dominant)
            {
                foreign++;
            }
        }

        return foreign >= 3 && foreign * 10 >= letters * 4;
    }

    private static Script Max(Span<int> counts)
    {
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return counts[best] == 0 ? Script.None : (Script)best;
    }

    public static bool IsUpperWord(string word) =>
        word.Length > 0 && word.All(c => !char.IsLetter(c) || char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.LowercaseLetter);
}
