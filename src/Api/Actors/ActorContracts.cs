using System.ComponentModel.DataAnnotations;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Actors;

/// <summary>A whole actor, as in the dataset bundle; PUT replaces every field, including aliases and affiliations.</summary>
public sealed record ActorInput : IRecordInput<BundleActor>
{
    [SlugText]
    public string? Slug { get; init; }

    [Required, MaxLength(Limits.Name)]
    public string? Name { get; init; }

    [Required, OneOf<ActorKind>]
    public string? Kind { get; init; }

    [RegularExpression("^Q[1-9][0-9]{0,11}$", ErrorMessage = "Use a Wikidata item id such as Q7747.")]
    public string? WikidataId { get; init; }

    [MaxLength(Limits.Summary)]
    public string? Description { get; init; }

    public List<AliasInput>? Aliases { get; init; }

    public List<AffiliationInput>? Affiliations { get; init; }

    public BundleActor ToRecord(string slug) => new(
        slug, Name!, OneOfAttribute<ActorKind>.Parse(Kind!), WikidataId, Description,
        Aliases?.Select(a => new BundleAlias(a.Name!, OneOfAttribute<AliasKind>.ParseOptional(a.Kind) ?? AliasKind.Name, a.ValidFrom, a.ValidTo, a.Note)).ToList(),
        Affiliations?.Select(a => new BundleAffiliation(a.Organisation!, a.Role, a.From, a.To)).ToList());
}

/// <summary>
/// Another name of the actor. <see cref="Kind"/> (default <c>name</c>) says when a mention may resolve through it:
/// <c>short-name</c> (bare surname, initials) only with context, <c>title-or-role</c> only within its period
/// (<see cref="ValidFrom"/> required), <c>metonym</c> ("the Kremlin") only where the text means the actor,
/// <c>description</c> ("the hermit kingdom") never by itself.
/// </summary>
public sealed record AliasInput : IValidatableObject
{
    [Required, MaxLength(Limits.Name)]
    public string? Name { get; init; }

    [OneOf<AliasKind>]
    public string? Kind { get; init; }

    [PartialDateText]
    public string? ValidFrom { get; init; }

    [PartialDateText]
    public string? ValidTo { get; init; }

    [MaxLength(Limits.Note)]
    public string? Note { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == "title-or-role" && ValidFrom is null)
        {
            yield return new ValidationResult("A title or role names different people over time: give the date its holder took it.", [nameof(ValidFrom)]);
        }
    }
}

public sealed record AffiliationInput
{
    [Required, SlugText]
    public string? Organisation { get; init; }

    [MaxLength(Limits.Name)]
    public string? Role { get; init; }

    [PartialDateText]
    public string? From { get; init; }

    [PartialDateText]
    public string? To { get; init; }
}
