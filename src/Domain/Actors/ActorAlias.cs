using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Actors;

/// <summary>Another name for an actor, optionally only for a period ("Mr Kim" meant Kim Jong Il in 2000).</summary>
public sealed class ActorAlias
{
    private ActorAlias()
    {
    }

    public ActorAlias(string name, PartialDate? validFrom = null, PartialDate? validTo = null, string? note = null)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Alias name is required.") : name.Trim();
        if (Name.Length > Limits.Name)
        {
            throw new DomainException($"Alias '{Name[..40]}…' is longer than {Limits.Name} characters.");
        }

        if (validFrom is not null && validTo is not null && validTo.End < validFrom.Start)
        {
            throw new DomainException($"Alias '{Name}' ends ({validTo}) before it starts ({validFrom}).");
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }

    public int ActorId { get; private set; }

    public string Name { get; private set; } = "";

    public PartialDate? ValidFrom { get; private set; }

    public PartialDate? ValidTo { get; private set; }

    public string? Note { get; private set; }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || date >= ValidFrom.Start) && (ValidTo is null || date <= ValidTo.End);
}
