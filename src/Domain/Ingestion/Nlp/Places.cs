using System.Collections.Frozen;

namespace NewsTreaty.Domain.Ingestion.Nlp;

internal enum PlaceKind
{
    Country,
    Capital,
    Region,
    Demonym,
}

/// <summary>One entry of the world lexicon: what a name is, and for capitals and demonyms, whose.</summary>
internal sealed record Place(string Name, PlaceKind Kind, string Country);

/// <summary>
/// Countries, their other names, demonyms and capitals, and a few regions (embedded places.txt): so "Hanoi" is a
/// place and not a new actor, "Russian" is an adjective, an unknown country becomes a proposed state, and an
/// unknown capital used as an actor ("Tehran said") reads as its country.
/// </summary>
internal sealed class Places
{
    private Places(FrozenDictionary<string, Place> byName, int maxTokens)
    {
        ByName = byName;
        MaxTokens = maxTokens;
    }

    /// <summary>Folded, space-joined names ("north korea", "people's republic of china") to entries.</summary>
    public FrozenDictionary<string, Place> ByName { get; }

    public int MaxTokens { get; }

    public static Places World { get; } = Load();

    public Place? Find(string folded) => ByName.GetValueOrDefault(folded);

    private static Places Load()
    {
        using var stream = typeof(Places).Assembly.GetManifestResourceStream("ingestion/places.txt")
                           ?? throw new InvalidOperationException("The world lexicon (ingestion/places.txt) is missing from this build.");
        using var reader = new StreamReader(stream);
        var byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        var maxTokens = 1;

        void Add(string name, PlaceKind kind, string country)
        {
            var key = KeyOf(name);
            if (key.Length > 0 && byName.TryAdd(key, new Place(name, kind, country)))
            {
                maxTokens = Math.Max(maxTokens, key.Count(c => c == ' ') + 1);
            }
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('|');
            if (fields[0] == "region")
            {
                foreach (var region in fields[1].Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(region, PlaceKind.Region, "");
                }

                continue;
            }

            var country = fields[0];
            Add(country, PlaceKind.Country, country);
            foreach (var other in fields[1].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(other, PlaceKind.Country, country);
            }

            foreach (var demonym in fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(demonym, PlaceKind.Demonym, country);
            }

            foreach (var capital in fields[3].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(capital, PlaceKind.Capital, country);
            }
        }

        return new Places(byName.ToFrozenDictionary(StringComparer.Ordinal), maxTokens);
    }

    /// <summary>The lookup key of a name: its word tokens folded and joined by single spaces (hyphens dropped).</summary>
    public static string KeyOf(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        return string.Join(' ', tokens.Where(t => t.Kind is not TokenKind.Punctuation).Select(t => t.Key(name)));
    }
}
