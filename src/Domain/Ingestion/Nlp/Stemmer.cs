namespace NewsTreaty.Domain.Ingestion.Nlp;

/// <summary>
/// A light English stemmer (plural, past, gerund, adverb and a few derivational endings) so that "relations",
/// "relationship" and "related" meet, and "supported" meets "support". Not Porter: it is deliberately
/// conservative, since a wrong merge hurts claim matching more than a missed one.
/// </summary>
internal static class Stemmer
{
    private static readonly (string Suffix, string Replacement, int MinStem)[] Rules =
    [
        ("ationships", "ate", 3), ("ationship", "ate", 3), ("ionships", "e", 3), ("ionship", "e", 3),
        ("ships", "", 4), ("ship", "", 4), ("izations", "ize", 3), ("isations", "ise", 3), ("ization", "ize", 3),
        ("isation", "ise", 3), ("ational", "ate", 3), ("ations", "ate", 3), ("ation", "ate", 3), ("ments", "", 4),
        ("ment", "", 4), ("nesses", "", 4), ("ness", "", 4), ("ically", "ic", 3), ("fully", "ful", 3),
        ("ously", "ous", 3), ("ively", "ive", 3), ("ally", "al", 4), ("ily", "y", 3), ("ly", "", 4),
        ("ities", "ity", 3), ("ies", "y", 3), ("ied", "y", 3), ("ying", "y", 2), ("ing", "", 3), ("edly", "", 3),
        ("ed", "", 3), ("sses", "ss", 2), ("ses", "s", 3), ("xes", "x", 2), ("ches", "ch", 2), ("shes", "sh", 2),
        ("es", "e", 3), ("s", "", 3),
    ];

    public static string Stem(string folded)
    {
        if (folded.Length <= 3 || !char.IsLetter(folded[^1]))
        {
            return folded;
        }

        var stem = Strip(folded);

        // A final e goes, so "agree", "agreed" and "agreement" meet.
        return stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static string Strip(string folded)
    {
        foreach (var (suffix, replacement, minStem) in Rules)
        {
            if (folded.Length - suffix.Length >= minStem && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                if (suffix == "s" && (folded.EndsWith("ss", StringComparison.Ordinal) || folded.EndsWith("us", StringComparison.Ordinal) || folded.EndsWith("is", StringComparison.Ordinal)))
                {
                    return folded;
                }

                var stem = folded[..^suffix.Length] + replacement;
                return Undouble(stem, suffix);
            }
        }

        return folded;
    }

    // "stopped" → "stopp" → "stop"; "supplied" handled by ied → y.
    private static string Undouble(string stem, string suffix)
    {
        if (suffix is "ed" or "ing" && stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f'))
        {
            return stem[..^1];
        }

        return stem;
    }
}
