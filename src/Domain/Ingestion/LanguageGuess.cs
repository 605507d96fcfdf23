using NewsTreaty.Domain.Ingestion.Cleaning;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// The language of an article's body, from its script and its commonest short words: enough to tell English from
/// Spanish, French, German, Portuguese, Italian and the languages with their own scripts. Not a classifier for
/// short or mixed texts: it says "und" (undetermined) rather than guess.
/// </summary>
internal static class LanguageGuess
{
    private static readonly (string Language, HashSet<string> Words)[] Stopwords =
    [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said", "has", "have", "his", "its"]),
        ("es", ["el", "la", "de", "que", "y", "en", "los", "las", "del", "por", "con", "una", "para", "según", "dijo"]),
        ("fr", ["le", "la", "les", "de", "des", "et", "est", "que", "une", "dans", "pour", "du", "pas", "sur", "selon"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "sich", "auf", "sagte"]),
        ("pt", ["o", "a", "de", "que", "e", "do", "da", "em", "os", "não", "uma", "para", "com", "disse", "segundo"]),
        ("it", ["il", "la", "di", "che", "e", "è", "per", "un", "una", "del", "della", "non", "con", "sono", "secondo"]),
    ];

    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    public static string Of(string text, IReadOnlyList<PartSpan> parts)
    {
        var body = string.Join(" ", parts.Where(p => p.Part == ArticlePart.Body).Take(20).Select(p => p.Span.Of(text)));
        var sample = body.Length > 0 ? body : text;
        sample = sample.Length > 20_000 ? sample[..20_000] : sample;
        var script = ScriptProfile.Dominant([sample]);
        switch (script)
        {
            case Script.Cyrillic: return "ru";
            case Script.Arabic: return "ar";
            case Script.Hebrew: return "he";
            case Script.Greek: return "el";
            case Script.Hangul: return "ko";
            case Script.Cjk: return sample.Any(c => c is >= '\u3040' and <= '\u30FF') ? "ja" : "zh";
            case Script.None: return "und";
        }

        var words = LinePatterns.Word().Matches(sample).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count < 8)
        {
            return "und";
        }

        var best = Stopwords.Select(s => (s.Language, Hits: words.Count(s.Words.Contains))).MaxBy(s => s.Hits);
        return best.Hits * 12 >= words.Count ? best.Language : "und";
    }
}
