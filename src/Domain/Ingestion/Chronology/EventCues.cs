using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Chronology;

/// <summary>A word or phrase that names a kind of happening, where it stands in a paragraph's tokens.</summary>
internal readonly record struct EventCue(int Token, int Length, EventKind Kind);

/// <summary>
/// The words that name happenings, by event kind ("pulled out of a treaty", "write off … debt", "vetoed",
/// "nuclear test"). Phrases are matched before single words, so "pulled out" is a withdrawal, not a departure.
/// </summary>
internal static class EventCues
{
    private static readonly (string[] Words, EventKind Kind)[] Phrases =
    [
        (["pulled", "out"], EventKind.TreatyWithdrawn), (["pull", "out"], EventKind.TreatyWithdrawn), (["pulls", "out"], EventKind.TreatyWithdrawn),
        (["let", "lapse"], EventKind.TreatyWithdrawn), (["entered", "into", "force"], EventKind.TreatyInForce), (["came", "into", "force"], EventKind.TreatyInForce),
        (["enters", "into", "force"], EventKind.TreatyInForce), (["took", "effect"], EventKind.TreatyInForce), (["write", "off"], EventKind.DebtRelief),
        (["wrote", "off"], EventKind.DebtRelief), (["written", "off"], EventKind.DebtRelief), (["nuclear", "test"], EventKind.NuclearTest),
        (["diplomatic", "relations"], EventKind.DiplomaticRecognition), (["came", "to", "power"], EventKind.LeadershipChange),
        (["took", "office"], EventKind.LeadershipChange), (["ascendancy", "to", "power"], EventKind.LeadershipChange), (["rise", "to", "power"], EventKind.LeadershipChange),
        (["became", "the"], EventKind.LeadershipChange), (["became", "president"], EventKind.LeadershipChange), (["became", "leader"], EventKind.LeadershipChange),
    ];

    private static readonly Dictionary<string, EventKind> Words = new(StringComparer.Ordinal)
    {
        ["treaty"] = EventKind.TreatySigned,
        ["pact"] = EventKind.TreatySigned,
        ["signed"] = EventKind.TreatySigned,
        ["signing"] = EventKind.TreatySigned,
        ["signs"] = EventKind.TreatySigned,
        ["sealed"] = EventKind.TreatySigned,
        ["accord"] = EventKind.TreatySigned,
        ["agreement"] = EventKind.TreatySigned,
        ["withdrew"] = EventKind.TreatyWithdrawn,
        ["withdrawal"] = EventKind.TreatyWithdrawn,
        ["withdraws"] = EventKind.TreatyWithdrawn,
        ["abrogated"] = EventKind.TreatyWithdrawn,
        ["lapse"] = EventKind.TreatyWithdrawn,
        ["lapsed"] = EventKind.TreatyWithdrawn,
        ["scrapped"] = EventKind.TreatyWithdrawn,
        ["ratified"] = EventKind.TreatyInForce,
        ["ratification"] = EventKind.TreatyInForce,
        ["expired"] = EventKind.TreatyExpired,
        ["visit"] = EventKind.StateVisit,
        ["visits"] = EventKind.StateVisit,
        ["visited"] = EventKind.StateVisit,
        ["trip"] = EventKind.StateVisit,
        ["trips"] = EventKind.StateVisit,
        ["arrived"] = EventKind.StateVisit,
        ["landed"] = EventKind.StateVisit,
        ["lands"] = EventKind.StateVisit,
        ["summit"] = EventKind.Summit,
        ["met"] = EventKind.Summit,
        ["meeting"] = EventKind.Summit,
        ["talks"] = EventKind.Summit,
        ["debt"] = EventKind.DebtRelief,
        ["recognised"] = EventKind.DiplomaticRecognition,
        ["recognized"] = EventKind.DiplomaticRecognition,
        ["invasion"] = EventKind.MilitaryAction,
        ["invaded"] = EventKind.MilitaryAction,
        ["annexed"] = EventKind.MilitaryAction,
        ["annexation"] = EventKind.MilitaryAction,
        ["attack"] = EventKind.MilitaryAction,
        ["offensive"] = EventKind.MilitaryAction,
        ["deployed"] = EventKind.MilitaryAction,
        ["vetoed"] = EventKind.UnVote,
        ["veto"] = EventKind.UnVote,
        ["resolution"] = EventKind.UnVote,
        ["voted"] = EventKind.UnVote,
        ["elected"] = EventKind.LeadershipChange,
        ["succeeded"] = EventKind.LeadershipChange,
        ["inaugurated"] = EventKind.LeadershipChange,
        ["sanctions"] = EventKind.Sanctions,
        ["embargo"] = EventKind.Sanctions,
        ["supplied"] = EventKind.ArmsTransfer,
        ["shipped"] = EventKind.ArmsTransfer,
        ["munitions"] = EventKind.ArmsTransfer,
        ["shells"] = EventKind.ArmsTransfer,
        ["announced"] = EventKind.Statement,
        ["declared"] = EventKind.Statement,
        ["statement"] = EventKind.Statement,
    };

    public static List<EventCue> Find(TokenStream ts, int from, int to)
    {
        var cues = new List<EventCue>();
        for (var i = from; i < to; i++)
        {
            if (!ts.IsWord(i) || ts.Tokens[i].IsCapitalised(ts.Text) && !ts.IsSentenceStart(i))
            {
                continue;
            }

            var phrase = Phrases.FirstOrDefault(p => Matches(ts, i, to, p.Words));
            if (phrase.Words is not null)
            {
                cues.Add(new EventCue(i, phrase.Words.Length, phrase.Kind));
                i += phrase.Words.Length - 1;
            }
            else if (Words.TryGetValue(ts.Keys[i], out var kind))
            {
                cues.Add(new EventCue(i, 1, kind));
            }
        }

        return cues;
    }

    /// <summary>Kinds that describe one happening from different sides: a signing at a summit during a visit.</summary>
    public static bool Related(EventKind a, EventKind b) => a == b || Group(a) == Group(b);

    private static int Group(EventKind kind) => kind switch
    {
        EventKind.TreatySigned or EventKind.TreatyInForce => 1,
        EventKind.StateVisit or EventKind.Summit => 2,
        EventKind.TreatyWithdrawn or EventKind.TreatyExpired => 3,
        _ => 10 + (int)kind,
    };

    private static bool Matches(TokenStream ts, int at, int to, string[] words)
    {
        if (at + words.Length > to)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (ts.Keys[at + k] != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
