using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Actors;

/// <summary>An actor's tie to an organisation (Jenny Town → Stimson Center).</summary>
public sealed class ActorAffiliation
{
    private ActorAffiliation()
    {
    }

    public ActorAffiliation(Actor organisation, string? role, PartialDate? from = null, PartialDate? to = null)
    {
        Organisation = organisation;
        OrganisationId = organisation.Id;
        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        if (Role is { Length: > Limits.Name })
        {
            throw new DomainException($"Affiliation role is longer than {Limits.Name} characters.");
        }

        From = from;
        To = to;
    }

    public int Id { get; private set; }

    public int ActorId { get; private set; }

    public int OrganisationId { get; private set; }

    public Actor Organisation { get; private set; } = null!;

    public string? Role { get; private set; }

    public PartialDate? From { get; private set; }

    public PartialDate? To { get; private set; }
}
