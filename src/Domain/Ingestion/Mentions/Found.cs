using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>A new actor met in this article, built up as its mentions are found.</summary>
internal sealed class NewActorDraft(string key, string name, ActorKind kind, TextSpan evidence)
{
    public string Key { get; } = key;

    public string Name { get; } = name;

    public ActorKind Kind { get; } = kind;

    public TextSpan Evidence { get; set; } = evidence;

    public string? Description { get; set; }

    public double Confidence { get; set; } = 0.6;

    public List<string> Aliases { get; } = [];

    /// <summary>The last word of a person's name, by which later mentions may refer to them.</summary>
    public string? ShortKey => Kind == ActorKind.Person && Name.Contains(' ', StringComparison.Ordinal)
        ? Nlp.Tokenizer.Fold(Name.AsSpan(Name.LastIndexOf(' ') + 1))
        : null;

    public ProposedActor ToProposal() => new(Key, Name, Kind, Description, Evidence, Aliases.Distinct(StringComparer.Ordinal).ToList(), Confidence);
}

/// <summary>One actor a mention may denote: known (with the alias kind that matched) or new.</summary>
internal sealed record Option(KnownActor? Known, NewActorDraft? New, AliasKind Kind, bool Explicit, string Alias, bool OutOfPeriod = false)
{
    public string Id => Known is not null ? "k" + Known.Id : "n" + New!.Key;

    public ActorKind ActorKind => Known?.Kind ?? New!.Kind;
}

/// <summary>How a mention was found, which decides how much context it needs.</summary>
internal enum FoundBy
{
    /// <summary>A known name or alias (its kind decides).</summary>
    Gazetteer,

    /// <summary>A name the knowledge base lacks (the draft's own first mention).</summary>
    NewName,

    /// <summary>A later short reference to a new actor ("Kim" after "Kim Yo Jong").</summary>
    NewShortName,
}

/// <summary>A mention before resolution: where it is, what it may denote, and its surroundings.</summary>
internal sealed class Found(TextSpan span, int paragraph, int sentence, FoundBy by, IReadOnlyList<Option> options)
{
    public TextSpan Span { get; set; } = span;

    public int Paragraph { get; } = paragraph;

    public int Sentence { get; } = sentence;

    public FoundBy By { get; } = by;

    public IReadOnlyList<Option> Options { get; set; } = options;

    /// <summary>Preceded by "Mr", "Ms", "Dr" …, or by an office ("President Xi").</summary>
    public bool Honorific { get; set; }

    /// <summary>The sentence says "his/her country", "his government" …: a head of state or government is meant.</summary>
    public bool StateCue { get; set; }

    public string? Note { get; set; }

    /// <summary>Replaced by a longer name that contains it ("Kim" inside "Kim Yo Jong"); dropped at the end of the paragraph.</summary>
    public bool Removed { get; set; }
}
