using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion.Cleaning;

namespace NewsTreaty.Domain.Ingestion.Metadata;

/// <summary>How well a sentence speaks of a known event: shared title words (rarer words weigh more) and a kind word.</summary>
internal static class EventWords
{
    private static readonly HashSet<string> Stop =
    [
        "the", "and", "with", "from", "into", "that", "this", "their", "will", "would", "have", "been", "into", "over",
        "after", "first", "new", "its", "for", "says", "said",
    ];

    public static Dictionary<string, double> Weights(IReadOnlyList<KnownEvent> events)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var stem in Stems(e.Title).Distinct())
            {
                counts[stem] = counts.GetValueOrDefault(stem) + 1;
            }
        }

        // A word in a quarter of the titles or more (the story's main names) says little about which event is meant.
        return counts.ToDictionary(c => c.Key, c => c.Value * 4 >= events.Count ? 0.5 : 1.0, StringComparer.Ordinal);
    }

    /// <summary>Score of an event (its title's stems, computed once) against a sentence's stems.</summary>
    public static double Score(KnownEvent e, IReadOnlyCollection<string> titleStems, string sentence, HashSet<string> sentenceStems, Dictionary<string, double> weights) =>
        KindWord(e.Kind, sentence) ? titleStems.Where(sentenceStems.Contains).Sum(w => weights.GetValueOrDefault(w, 1)) : 0;

    public static IEnumerable<string> Stems(string text) =>
        LinePatterns.Word().Matches(text).Select(m => m.Value.ToLowerInvariant().Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal))
            .Where(w => w.Length >= 4 && !Stop.Contains(w)).Select(w => w.Length > 6 ? w[..6] : w);

    private static bool KindWord(EventKind kind, string sentence)
    {
        var text = sentence.ToLowerInvariant();
        string[] words = kind switch
        {
            EventKind.TreatySigned => ["sign", "agreed", "pact", "deal"],
            EventKind.StateVisit => ["visit", "land", "arriv", "trip", "tour"],
            EventKind.Summit => ["summit", "met ", "meet", "talks"],
            EventKind.Statement => ["said", "say", "publish", "article", "announc", "statement", "pledg", "told"],
            EventKind.UnVote => ["veto", "vote", "resolution"],
            EventKind.MilitaryAction => ["invasion", "invad", "attack", "troops", "deploy", "annex"],
            EventKind.TreatyInForce => ["into force", "ratif"],
            EventKind.TreatyWithdrawn => ["withdr", "pulled out", "lapse", "left the"],
            EventKind.LeadershipChange => ["leader", "power", "elected", "succeed", "president"],
            EventKind.NuclearTest => ["nuclear test"],
            EventKind.DebtRelief => ["debt", "write off", "write-off"],
            EventKind.Sanctions => ["sanction"],
            EventKind.ArmsTransfer => ["munition", "arms", "weapon", "shell", "missile"],
            EventKind.DiplomaticRecognition => ["diplomatic relations", "recogni"],
            _ => [],
        };
        return words.Any(w => text.Contains(w, StringComparison.Ordinal));
    }
}
