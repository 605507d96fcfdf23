using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// The kind of an alias whose record does not say it (bundles written before alias kinds existed): a best guess
/// from its shape, so that "Kim" needs context, "Pyongyang" needs an actor reading and "the hermit kingdom" never
/// resolves by itself. A stated kind always wins over this.
/// </summary>
public static class AliasKinds
{
    private static readonly string[] RoleWords =
    [
        "president", "leader", "spokesperson", "spokesman", "spokeswoman", "minister", "chancellor", "premier",
        "secretary", "chairman", "chief", "head", "king", "queen", "general", "commander", "ambassador",
    ];

    public static AliasKind Guess(string alias, string actorName, ActorKind actorKind)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = actorName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = Tokenizer.Fold(alias);
        if (words.Length == 0)
        {
            return AliasKind.Description;
        }

        var possessiveDescription = words.Skip(1).Zip(words).Any(pair => (pair.Second.EndsWith("'s", StringComparison.Ordinal) || pair.Second.EndsWith("’s", StringComparison.Ordinal)) && char.IsLower(pair.First[0]));
        if (folded.StartsWith("the ", StringComparison.Ordinal) || possessiveDescription || char.IsLower(alias[0]))
        {
            var rest = words.Skip(folded.StartsWith("the ", StringComparison.Ordinal) ? 1 : 0).ToArray();
            if (RoleWords.Any(r => folded.EndsWith(r, StringComparison.Ordinal) || folded.EndsWith(r + "'s", StringComparison.Ordinal)))
            {
                return AliasKind.TitleOrRole; // "the Russian president", "the North Korean leader"
            }

            if (rest.Length > 0 && !possessiveDescription && rest.All(w => char.IsUpper(w[0])))
            {
                return folded is "the north" or "the south" or "the west" or "the east" ? AliasKind.ShortName
                    : actorKind == ActorKind.State && rest.Length == 1 && !rest[0].All(c => char.IsUpper(c) || c == '.') ? AliasKind.Metonym // "the Kremlin"
                    : AliasKind.Name; // "the United Nations", "the US"
            }

            return AliasKind.Description; // "the hermit kingdom", "Russia's dictator"
        }

        if (Lexicon.Honorifics.Contains(Tokenizer.Fold(words[0])) && words.Length == 2)
        {
            return AliasKind.ShortName; // "Mr Kim": an honorific and a surname
        }

        if (actorKind == ActorKind.Person && words.Length == 1 && nameWords.Length > 1)
        {
            return AliasKind.ShortName;
        }

        if (Lexicon.Titles.Contains(Tokenizer.Fold(words[0])) && words.Length <= 3 && actorKind == ActorKind.Person
            && !nameWords.Skip(1).All(n => words.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            return AliasKind.TitleOrRole; // "President Putin", "President Xi"
        }

        if (actorKind == ActorKind.State && words.Length == 1 && Places.World.Find(folded) is { Kind: PlaceKind.Capital })
        {
            return AliasKind.Metonym;
        }

        return AliasKind.Name;
    }
}
