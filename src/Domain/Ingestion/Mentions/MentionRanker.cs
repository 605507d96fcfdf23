using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>
/// Resolves found mentions in reading order. A full name, a title within its validity or a metonym used as an
/// actor resolves by itself; a short name or a description needs the actor named more fully somewhere in the
/// article ("context"). Where several actors fit ("Kim": Kim Jong Un, or Duyeon Kim quoted just before), each is
/// scored on that context, explicit aliases, nearness in the paragraph, salience and cues such as "his country";
/// a clear winner resolves, a close call stays ambiguous with its candidates for the editor.
/// </summary>
internal sealed class MentionRanker(IReadOnlyList<Found> mentions, IReadOnlyDictionary<int, KnownActor> actors)
{
    private readonly Dictionary<string, List<(int Paragraph, int Sentence)>> _anchors = Anchors(mentions);
    private readonly Dictionary<string, List<(int Paragraph, int Sentence)>> _resolved = [];
    private int _current;

    public List<ActorMention> Resolve(string text)
    {
        var result = new List<ActorMention>(mentions.Count);
        for (_current = 0; _current < mentions.Count; _current++)
        {
            var found = mentions[_current];
            var options = Strongest(InPeriod(found));
            if (options.Count == 0)
            {
                continue;
            }

            var mention = options.Count == 1 ? Single(found, options[0], text) : Choose(found, options, text);
            result.Add(mention);
            if (mention.Resolution != MentionResolution.Ambiguous)
            {
                var id = mention.ActorId is { } actorId ? "k" + actorId : "n" + mention.NewActorKey;
                Positions(_resolved, id).Add((found.Paragraph, found.Sentence));
            }
        }

        return result;
    }

    private ActorMention Single(Found found, Option option, string text)
    {
        var anchored = _anchors.ContainsKey(option.Id);
        return option.Kind switch
        {
            AliasKind.Name when found.By == FoundBy.NewName => Make(found, option, text, MentionResolution.New, option.New!.Confidence, "new " + option.ActorKind.ToString().ToLowerInvariant() + " named in the text"),
            AliasKind.Name => Make(found, option, text, MentionResolution.Known, found.Honorific ? 0.95 : 0.97, $"name '{option.Alias}'"),
            AliasKind.TitleOrRole => Make(found, option, text, MentionResolution.Known, 0.85, $"title '{option.Alias}', valid on the article's date"),
            AliasKind.Metonym => Make(found, option, text, MentionResolution.Known, 0.8, $"metonym '{option.Alias}' used as an actor, not a place"),
            AliasKind.ShortName when anchored || found.Honorific => Make(found, option, text, Resolved(option), anchored ? 0.85 : 0.7,
                anchored ? $"short name '{option.Alias}'; named in full elsewhere in the article" : $"honorific and short name '{option.Alias}'"),
            // A short name the dataset gives a state, organisation or agency (KCNA, USSR, "the US") that no other actor
            // in view shares names it; a person's bare surname still needs the full name nearby: a stranger may share it.
            AliasKind.ShortName when UniqueNonPerson(found, option) => Make(found, option, text, MentionResolution.Known, 0.8,
                $"short name '{option.Alias}', which no other known actor has"),
            AliasKind.Description when anchored => Make(found, option, text, Resolved(option), 0.75, $"description '{option.Alias}'; the actor is named elsewhere in the article"),
            _ => Make(found, option, text, MentionResolution.Ambiguous, 0.3,
                $"{(option.Kind == AliasKind.Description ? "a description" : "a bare short name")} without the actor named elsewhere in the article", [Label(option)]),
        };
    }

    private ActorMention Choose(Found found, IReadOnlyList<Option> options, string text)
    {
        var scored = options.Select(o => (Option: o, Score: Score(found, o))).OrderByDescending(s => s.Score).ToList();
        var (best, score) = scored[0];
        var margin = score - scored[1].Score;
        var candidates = scored.Select(s => Label(s.Option)).ToList();
        var needsContext = best.Kind is AliasKind.Description || best.Kind == AliasKind.ShortName && !found.Honorific;
        if (margin < 0.75 || needsContext && !_anchors.ContainsKey(best.Id))
        {
            return Make(found, best, text, MentionResolution.Ambiguous, 0.4, $"'{found.Span.Of(text)}' fits {candidates.Count} actors and the context does not decide", candidates);
        }

        return Make(found, best, text, Resolved(best), Math.Min(0.9, 0.55 + margin / 10), $"'{best.Alias}' fits {candidates.Count} actors; context chose this one (score {score:0.0} against {scored[1].Score:0.0})", candidates);
    }

    private double Score(Found found, Option option)
    {
        var score = 0.0;
        if (_anchors.TryGetValue(option.Id, out var anchors))
        {
            score += 2;
            if (InParagraph(anchors, found.Paragraph))
            {
                score += 1.5;
            }
        }

        if (option.Explicit)
        {
            score += 1;
        }

        score += option.Kind switch { AliasKind.Name => 1, AliasKind.TitleOrRole => 0.5, _ => 0 };
        if (_resolved.TryGetValue(option.Id, out var seen))
        {
            score += Math.Min(1, 0.1 * seen.Count);
            if (InParagraph(seen, found.Paragraph) && (anchors is null || !InParagraph(anchors, found.Paragraph)))
            {
                score += 1.5;
            }
        }

        if (MostRecentNearby(found) == option.Id)
        {
            score += 1.5;
        }

        if (found.StateCue && option.Known is { } known && (known.AffiliatedWith.Any(id => actors.TryGetValue(id, out var a) && a.Kind == ActorKind.State)
                                                            || known.Kind == ActorKind.Person && known.Description.Contains("leader", StringComparison.OrdinalIgnoreCase)))
        {
            score += 1;
        }

        return score;
    }

    /// <summary>Among this mention's candidates, the one mentioned last in the same or the previous sentence of its paragraph.</summary>
    private string? MostRecentNearby(Found found)
    {
        // Walk back from this mention while still in its paragraph and within a sentence of it.
        for (var i = _current - 1; i >= 0; i--)
        {
            var other = mentions[i];
            if (other.Paragraph != found.Paragraph || found.Sentence - other.Sentence > 1)
            {
                break;
            }

            if (other.Options.Count == 1 || other.By != FoundBy.Gazetteer)
            {
                foreach (var option in other.Options)
                {
                    if (found.Options.Any(o => o.Id == option.Id))
                    {
                        return option.Id;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The options valid on the article's date, unless the paragraph speaks only of an actor whose alias is out of
    /// its period ("Kim Jong Il … Mr Kim's son" in 2024): then that actor, whose time the paragraph is about.
    /// </summary>
    private List<Option> InPeriod(Found found)
    {
        var current = found.Options.Where(o => !o.OutOfPeriod).ToList();
        // Named before this mention, earlier in its paragraph: an antecedent, not a later topic.
        var past = found.Options.Where(o => o.OutOfPeriod && _anchors.TryGetValue(o.Id, out var a) && InParagraph(a, found.Paragraph)
                                            && a.Any(x => x.Paragraph == found.Paragraph && x.Sentence < found.Sentence)).ToList();
        if (past.Count != 1)
        {
            return current;
        }

        // Elsewhere in the paragraph: this mention's own sentence does not count (it may anchor itself).
        var currentInParagraph = current.Any(o => _anchors.TryGetValue(o.Id, out var a) && a.Any(x => x.Paragraph == found.Paragraph && x.Sentence != found.Sentence)
                                                  || _resolved.TryGetValue(o.Id, out var r) && InParagraph(r, found.Paragraph));
        if (!currentInParagraph)
        {
            found.Note = $"alias out of its period, but the paragraph speaks of {past[0].Known?.Name}";
            return [past[0] with { OutOfPeriod = false }];
        }

        return current;
    }

    /// <summary>Positions are appended in reading order, so the paragraph is found by binary search.</summary>
    private static bool InParagraph(List<(int Paragraph, int Sentence)> positions, int paragraph)
    {
        int low = 0, high = positions.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (positions[mid].Paragraph == paragraph)
            {
                return true;
            }

            if (positions[mid].Paragraph < paragraph)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return false;
    }

    private static bool UniqueNonPerson(Found found, Option option) =>
        option.Explicit && option.ActorKind != ActorKind.Person && found.By == FoundBy.Gazetteer;

    private static MentionResolution Resolved(Option option) => option.New is null ? MentionResolution.Known : MentionResolution.New;

    private static ActorMention Make(Found found, Option option, string text, MentionResolution resolution, double confidence, string reason, IReadOnlyList<string>? candidates = null) =>
        new(found.Span, found.Span.Of(text), resolution, option.ActorKind,
            resolution == MentionResolution.Known ? option.Known?.Id : null,
            resolution == MentionResolution.Known ? option.Known?.Slug : null,
            resolution == MentionResolution.New ? option.New?.Key : null,
            candidates ?? [], Math.Round(confidence, 2), found.Note is null ? reason : reason + "; " + found.Note);

    private static string Label(Option option) => option.Known?.Slug ?? option.New!.Key;

    /// <summary>One option per actor, keeping its strongest alias kind (a name over a short name over a description).</summary>
    private static List<Option> Strongest(IReadOnlyList<Option> options) =>
        options.GroupBy(o => o.Id).Select(g => g.OrderBy(o => Rank(o.Kind)).ThenByDescending(o => o.Explicit).First()).ToList();

    private static int Rank(AliasKind kind) => kind switch
    {
        AliasKind.Name => 0,
        AliasKind.TitleOrRole => 1,
        AliasKind.Metonym => 2,
        AliasKind.ShortName => 3,
        _ => 4,
    };

    /// <summary>Where each actor is named in a way that needs no context: its name, a dated title, an honorific form, a short name only it has.</summary>
    private static Dictionary<string, List<(int, int)>> Anchors(IReadOnlyList<Found> mentions)
    {
        var anchors = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var found in mentions)
        {
            var strongest = Strongest(found.Options.Where(o => !o.OutOfPeriod).ToList());
            if (strongest.Count == 1 && (strongest[0].Kind is AliasKind.Name or AliasKind.TitleOrRole or AliasKind.Metonym
                                         || (found.Honorific || UniqueNonPerson(found, strongest[0])) && strongest[0].Kind == AliasKind.ShortName))
            {
                Positions(anchors, strongest[0].Id).Add((found.Paragraph, found.Sentence));
            }
        }

        return anchors;
    }

    private static List<(int, int)> Positions(Dictionary<string, List<(int, int)>> map, string id)
    {
        if (!map.TryGetValue(id, out var list))
        {
            map[id] = list = [];
        }

        return list;
    }
}
