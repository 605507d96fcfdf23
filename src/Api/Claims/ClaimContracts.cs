using System.ComponentModel.DataAnnotations;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Claims;

/// <summary>A whole claim, as in the dataset bundle; PUT replaces every field, including its appearances.</summary>
public sealed record ClaimInput : IRecordInput<BundleClaim>, IValidatableObject
{
    [SlugText]
    public string? Slug { get; init; }

    [Required, MaxLength(Limits.Summary)]
    public string? Text { get; init; }

    [Required, OneOf<ClaimKind>]
    public string? Kind { get; init; }

    [SlugText]
    public string? ClaimantActor { get; init; }

    [SlugText]
    public string? ClaimantOutlet { get; init; }

    public List<string>? Subjects { get; init; }

    public List<string>? Events { get; init; }

    [OneOf<Hedging>]
    public string? Hedging { get; init; }

    public List<QuantityInput>? Quantities { get; init; }

    [OneOf<ReviewStatus>]
    public string? Status { get; init; }

    [MaxLength(Limits.Note)]
    public string? StatusNote { get; init; }

    [Required, MinLength(1, ErrorMessage = "A claim needs at least one appearance as evidence.")]
    public List<AppearanceInput>? Appearances { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((ClaimantActor is null) == (ClaimantOutlet is null))
        {
            yield return new ValidationResult("Give exactly one of claimantActor and claimantOutlet.", [nameof(ClaimantActor)]);
        }
    }

    public BundleClaim ToRecord(string slug) => new(
        slug, Text!, OneOfAttribute<ClaimKind>.Parse(Kind!), ClaimantActor, ClaimantOutlet, Subjects, Events,
        OneOfAttribute<Hedging>.ParseOptional(Hedging) ?? Domain.Claims.Hedging.Asserted,
        Quantities?.Select(q => new BundleQuantity(q.Value, q.Unit!, q.Approximate, q.Text)).ToList(),
        OneOfAttribute<ReviewStatus>.ParseOptional(Status) ?? ReviewStatus.Unreviewed, StatusNote,
        Appearances!.Select(a => a.ToBundle()).ToList());
}

public sealed record QuantityInput
{
    public decimal Value { get; init; }

    [Required, MaxLength(Limits.Role)]
    public string? Unit { get; init; }

    public bool Approximate { get; init; }

    [MaxLength(Limits.Name)]
    public string? Text { get; init; }
}

/// <summary>Evidence: the exact characters [start, end) of an article that carry the claim.</summary>
public sealed record AppearanceInput
{
    [Required, SlugText]
    public string? Article { get; init; }

    [Required, MaxLength(Limits.Quote)]
    public string? Quote { get; init; }

    [Range(0, int.MaxValue)]
    public int Start { get; init; }

    [Range(1, int.MaxValue)]
    public int End { get; init; }

    [Required, OneOf<AppearanceRole>]
    public string? Role { get; init; }

    internal BundleAppearance ToBundle() => new(Article!, Quote!, Start, End, OneOfAttribute<AppearanceRole>.Parse(Role!));
}

/// <summary>A review decision on a claim.</summary>
public sealed record ReviewInput
{
    [Required, OneOf<ReviewStatus>]
    public string? Status { get; init; }

    [MaxLength(Limits.Note)]
    public string? Note { get; init; }
}
