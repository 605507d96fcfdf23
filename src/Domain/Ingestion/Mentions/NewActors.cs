using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>The new actors of one article, one draft per name, keyed "new:{slug}".</summary>
internal sealed class NewActors
{
    private readonly Dictionary<string, NewActorDraft> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shortKeys = new(StringComparer.Ordinal);

    public IEnumerable<NewActorDraft> All => _byKey.Values;

    public NewActorDraft GetOrAdd(string name, ActorKind kind, TextSpan evidence, double confidence)
    {
        var key = "new:" + Slug.From(name);
        if (!_byKey.TryGetValue(key, out var draft))
        {
            draft = new NewActorDraft(key, name, kind, evidence) { Confidence = confidence };
            _byKey[key] = draft;
            if (draft.ShortKey is { } shortKey)
            {
                _shortKeys.Add(shortKey);
            }
        }
        else
        {
            draft.Confidence = Math.Max(draft.Confidence, confidence);
        }

        return draft;
    }

    /// <summary>True when a new person already met has this (folded) last name.</summary>
    public bool KnowsShortName(string shortKey) => _shortKeys.Contains(shortKey);

    /// <summary>New people by last name (folded), for later short references to them.</summary>
    public Dictionary<string, List<NewActorDraft>> ByShortKey() =>
        _byKey.Values.Where(d => d.ShortKey is not null).GroupBy(d => d.ShortKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
}
