using System.Collections.Frozen;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>One way to name a known actor: the alias's folded tokens, its kind and validity, and how it may be matched.</summary>
internal sealed record GazetteerEntry(
    string[] Keys,
    bool[] Capitalised,
    KnownActor Actor,
    AliasKind Kind,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    bool Derived,
    bool ExactCase,
    string Alias)
{
    /// <summary>True when the alias may denote its actor at some point of the article's date (or always, undated).</summary>
    public bool IsValidAround(PartialDate? date) =>
        date is null || ((ValidFrom is null || ValidFrom.Start <= date.End) && (ValidTo is null || ValidTo.End >= date.Start));
}

/// <summary>
/// The known actors' names and aliases compiled once per <see cref="KnowledgeSnapshot"/> into a first-token index,
/// so a text is matched in one left-to-right pass with longest match first. Persons also get their last name as a
/// derived short name (which, like every short name, needs context to resolve).
/// </summary>
internal sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry[]> _byFirstKey;

    private Gazetteer(FrozenDictionary<string, GazetteerEntry[]> byFirstKey, FrozenDictionary<int, KnownActor> actors)
    {
        _byFirstKey = byFirstKey;
        Actors = actors;
    }

    public FrozenDictionary<int, KnownActor> Actors { get; }

    public static Gazetteer Build(KnowledgeSnapshot knowledge)
    {
        var entries = new List<GazetteerEntry>();
        foreach (var actor in knowledge.Actors)
        {
            var explicitNames = new HashSet<string>(StringComparer.Ordinal) { Places.KeyOf(actor.Name) };
            Add(entries, actor, actor.Name, AliasKind.Name, null, null, derived: false);
            foreach (var alias in actor.Aliases)
            {
                explicitNames.Add(Places.KeyOf(alias.Name));
                Add(entries, actor, alias.Name, alias.Kind, alias.ValidFrom, alias.ValidTo, derived: false);

                // "the US" is also written "US"; an acronym needs no article.
                if (alias.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && alias.Name.Length <= 12 && IsAcronym(alias.Name[4..]))
                {
                    Add(entries, actor, alias.Name[4..], alias.Kind, alias.ValidFrom, alias.ValidTo, derived: true);
                }
            }

            var nameTokens = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (actor.Kind == ActorKind.Person && nameTokens.Length >= 2 && nameTokens[^1].Length >= 3 && nameTokens[^1].All(char.IsLetter)
                && !explicitNames.Contains(Tokenizer.Fold(nameTokens[^1])))
            {
                Add(entries, actor, nameTokens[^1], AliasKind.ShortName, null, null, derived: true);
            }
        }

        var index = entries
            .GroupBy(e => e.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Keys.Length).ToArray(), StringComparer.Ordinal);
        return new Gazetteer(index, knowledge.Actors.ToFrozenDictionary(a => a.Id));
    }

    private static void Add(List<GazetteerEntry> entries, KnownActor actor, string alias, AliasKind kind, PartialDate? from, PartialDate? to, bool derived)
    {
        var tokens = Tokenizer.Tokenize(alias).Where(t => t.Kind != TokenKind.Punctuation).ToList();
        if (tokens.Count == 0)
        {
            return;
        }

        var keys = tokens.Select(t => t.Key(alias)).ToArray();
        var capitalised = tokens.Select(t => t.IsCapitalised(alias)).ToArray();
        entries.Add(new GazetteerEntry(keys, capitalised, actor, kind, from, to, derived, IsAcronym(alias), alias));
    }

    private static bool IsAcronym(string alias) =>
        alias.Length is >= 2 and <= 6 && alias.All(c => char.IsUpper(c) || c == '.') && alias.Any(char.IsLetter);

    /// <summary>
    /// The entries of the longest alias that matches <paramref name="tokens"/> at <paramref name="at"/> (several when
    /// actors share it, like "Mr Kim"), and how many tokens it covers; empty when nothing starts there.
    /// </summary>
    public (IReadOnlyList<GazetteerEntry> Entries, int Length) Match(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> keys, int at)
    {
        if (tokens[at].Kind is not (TokenKind.Word or TokenKind.Possessive) || !_byFirstKey.TryGetValue(keys[at], out var candidates))
        {
            return ([], 0);
        }

        List<GazetteerEntry>? found = null;
        var length = 0;
        foreach (var entry in candidates)
        {
            if (entry.Keys.Length < length)
            {
                break;
            }

            if (Fits(entry, text, tokens, keys, at))
            {
                length = entry.Keys.Length;
                (found ??= []).Add(entry);
            }
        }

        return found is null ? ([], 0) : (found, length);
    }

    private static bool Fits(GazetteerEntry entry, string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> keys, int at)
    {
        if (at + entry.Keys.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Keys.Length; k++)
        {
            var token = tokens[at + k];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Number || !string.Equals(keys[at + k], entry.Keys[k], StringComparison.Ordinal))
            {
                return false;
            }

            if (entry.ExactCase && !token.IsAllCaps(text))
            {
                return false;
            }

            // What the alias capitalises must be capitalised in the text: "Town" is a name, "town" is not.
            if (entry.Capitalised[k] && !token.IsCapitalised(text))
            {
                return false;
            }
        }

        return true;
    }
}
