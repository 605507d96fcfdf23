using System.Text.RegularExpressions;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Actors;

public enum ActorKind
{
    Person,
    State,
    Organisation,
    Media,
}

/// <summary>A person, state, organisation or media organisation that acts or is talked about.</summary>
public sealed partial class Actor : Entity
{
    private readonly List<ActorAlias> _aliases = [];
    private readonly List<ActorAffiliation> _affiliations = [];

    private Actor()
    {
    }

    public Actor(string slug, ActorKind kind, string name, string description, string? wikidataId)
    {
        SetSlug(slug, "actor");
        Update(kind, name, description, wikidataId);
    }

    public ActorKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Wikidata item id such as Q7747, when one exists.</summary>
    public string? WikidataId { get; private set; }

    public IReadOnlyList<ActorAlias> Aliases => _aliases;

    public IReadOnlyList<ActorAffiliation> Affiliations => _affiliations;

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$")]
    private static partial Regex QidPattern();

    public void Update(ActorKind kind, string name, string description, string? wikidataId)
    {
        Kind = kind;
        Name = Required(name, "Actor name", Limits.Name);
        Description = Optional(description, "Description", Limits.Summary) ?? "";
        var qid = Optional(wikidataId, "Wikidata id", 13);
        WikidataId = qid is null || QidPattern().IsMatch(qid)
            ? qid
            : throw new DomainException($"'{wikidataId}' is not a Wikidata item id such as Q7747.");
    }

    public void ReplaceAliases(IEnumerable<ActorAlias> aliases)
    {
        _aliases.Clear();
        foreach (var alias in aliases)
        {
            if (_aliases.Any(a => a.Name == alias.Name && a.ValidFrom == alias.ValidFrom))
            {
                throw new DomainException($"Actor '{Slug}' lists the alias '{alias.Name}' twice.");
            }

            _aliases.Add(alias);
        }
    }

    public void ReplaceAffiliations(IEnumerable<ActorAffiliation> affiliations)
    {
        _affiliations.Clear();
        foreach (var affiliation in affiliations)
        {
            if (affiliation.Organisation == this)
            {
                throw new DomainException($"Actor '{Slug}' cannot be affiliated with itself.");
            }

            _affiliations.Add(affiliation);
        }
    }

    /// <summary>
    /// The names a text may use for this actor on <paramref name="on"/> (at any time when null): its name and every
    /// alias that names it outright and is valid then. Descriptions ("Russia's dictator") are left out.
    /// </summary>
    public IEnumerable<string> NamesOn(DateOnly? on) =>
        _aliases.Where(a => a.Names && (on is null || a.IsValidOn(on.Value))).Select(a => a.Name).Prepend(Name);

    /// <summary>
    /// The names that pick this actor out on <paramref name="on"/> among <paramref name="others"/> (the other actors a
    /// text is about): <see cref="NamesOn"/>, less any short name one of them also answers to, since a bare "Kim" in a
    /// story that quotes Duyeon Kim may be either.
    /// </summary>
    public IEnumerable<string> DistinctNamesOn(DateOnly? on, IReadOnlyCollection<Actor> others) =>
        _aliases.Where(a => a.Names && (on is null || a.IsValidOn(on.Value)))
            .Where(a => a.Kind != AliasKind.ShortName
                        || !others.Any(o => !ReferenceEquals(o, this) && o.NamesOn(on).Any(n => Claims.ClaimEvidence.Names(n, [a.Name]))))
            .Select(a => a.Name).Prepend(Name);

    /// <summary>Whether <paramref name="name"/> names this actor on <paramref name="on"/> (or at any time when null).</summary>
    public bool IsKnownAs(string name, DateOnly? on = null) =>
        NamesOn(on).Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
