using System.Collections.Frozen;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Similarity;

/// <summary>A claim reduced to what meaning-matching compares: content-word stems (synonyms folded), numbers, claimant, subjects.</summary>
internal sealed record ClaimFingerprint(HashSet<string> Stems, HashSet<decimal> Numbers, int? ClaimantActorId, HashSet<int> Subjects);

/// <summary>
/// Compares claims by meaning rather than bytes: two translations of one remark share few exact words but many
/// stems once news synonyms are folded ("treaty", "pact", "deal", "agreement"); numbers, the claimant and the
/// subjects then confirm or separate them.
/// </summary>
internal static class ClaimSimilarity
{
    private static readonly FrozenDictionary<string, string> Synonyms = Build(
        ["treaty", "pact", "deal", "agreement", "accord", "document"],
        ["support", "back", "backing", "aid", "assist", "assistance", "help", "support"],
        ["weapon", "arm", "munition", "armament", "ammunition"],
        ["visit", "trip", "tour"],
        ["relation", "relationship", "tie", "partnership", "bond"],
        ["alliance", "ally", "allied"],
        ["say", "said", "state", "stated", "tell", "told", "remark", "declare", "declared"],
        ["unconditional", "unconditionally", "unwavering", "unwaveringly", "steadfast"],
        ["attack", "aggression", "invasion", "assault"],
        ["strengthen", "boost", "bolster", "elevate", "upgrade", "deepen", "raise"],
        ["russia", "moscow", "kremlin", "russian"],
        ["war", "conflict", "fighting"],
        ["sign", "conclude", "seal"],
        ["mutual", "each", "reciprocal"]);

    public static ClaimFingerprint Fingerprint(string text, IEnumerable<decimal> numbers, int? claimant, IEnumerable<int> subjects) =>
        new(Stems(text), numbers.ToHashSet(), claimant, subjects.ToHashSet());

    public static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var key = token.Key(text);
            if (key.Length < 3 || Lexicon.IsCommon(key))
            {
                continue;
            }

            var stem = Stemmer.Stem(key);
            stems.Add(Synonyms.GetValueOrDefault(stem, stem));
        }

        return stems;
    }

    /// <summary>A score in [0, 1]: word overlap weighted most, then claimant, subjects and numbers where both sides have them.</summary>
    public static double Score(ClaimFingerprint a, ClaimFingerprint b)
    {
        if (a.Stems.Count == 0 || b.Stems.Count == 0)
        {
            return 0;
        }

        var shared = a.Stems.Count(b.Stems.Contains);
        var dice = 2.0 * shared / (a.Stems.Count + b.Stems.Count);
        var containment = (double)shared / Math.Min(a.Stems.Count, b.Stems.Count);
        var words = 0.5 * dice + 0.5 * containment;

        double score = words * 0.7, weight = 0.7;
        if (a.ClaimantActorId is not null && b.ClaimantActorId is not null)
        {
            score += a.ClaimantActorId == b.ClaimantActorId ? 0.15 : 0;
            weight += 0.15;
        }

        if (a.Subjects.Count > 0 && b.Subjects.Count > 0)
        {
            score += 0.1 * a.Subjects.Count(b.Subjects.Contains) / Math.Min(a.Subjects.Count, b.Subjects.Count);
            weight += 0.1;
        }

        if (a.Numbers.Count > 0 && b.Numbers.Count > 0)
        {
            var agree = a.Numbers.Overlaps(b.Numbers);
            score += agree ? 0.15 : 0;
            weight += 0.15;
            if (!agree)
            {
                return score / weight * 0.6; // different figures: a different claim, however alike the words
            }
        }

        return score / weight;
    }

    private static FrozenDictionary<string, string> Build(params string[][] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var head = Stemmer.Stem(group[0]);
            foreach (var word in group)
            {
                map.TryAdd(Stemmer.Stem(word), head);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
