using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Actors;

/// <summary>
/// Another name for an actor, of a <see cref="AliasKind"/> that says when a mention may resolve through it,
/// optionally only for a period ("Mr Kim" meant Kim Jong Il in 2000). A title or role always has one: "the
/// Russian president" was Yeltsin in 1996 and Medvedev in 2010.
/// </summary>
public sealed class ActorAlias
{
    private ActorAlias()
    {
    }

    public ActorAlias(string name, AliasKind kind = AliasKind.Name, PartialDate? validFrom = null, PartialDate? validTo = null, string? note = null)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Alias name is required.") : name.Trim();
        if (Name.Length > Limits.Name)
        {
            throw new DomainException($"Alias '{Name[..40]}…' is longer than {Limits.Name} characters.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException($"Alias '{Name}' has no kind.");
        }

        if (kind == AliasKind.TitleOrRole && validFrom is null)
        {
            throw new DomainException($"'{Name}' is a title or role: give the date its holder took it (valid from), since it names different people over time.");
        }

        if (validFrom is not null && validTo is not null && validTo.End < validFrom.Start)
        {
            throw new DomainException($"Alias '{Name}' ends ({validTo}) before it starts ({validFrom}).");
        }

        Kind = kind;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }

    public int ActorId { get; private set; }

    public string Name { get; private set; } = "";

    public AliasKind Kind { get; private set; }

    public PartialDate? ValidFrom { get; private set; }

    public PartialDate? ValidTo { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Whether this alias names its actor outright (a description such as "Russia's dictator" never does).</summary>
    public bool Names => Kind != AliasKind.Description;

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || date >= ValidFrom.Start) && (ValidTo is null || date <= ValidTo.End);
}
