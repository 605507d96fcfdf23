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

    /// <summary>True when the text does not name the claimant and the attribution is ours; <see cref="ClaimantNote"/> says why.</summary>
    public bool ClaimantInferred { get; init; }

    [MaxLength(Limits.Note)]
    public string? ClaimantNote { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((ClaimantActor is null) == (ClaimantOutlet is null))
        {
            yield return new ValidationResult("Give exactly one of claimantActor and claimantOutlet.", [nameof(ClaimantActor)]);
        }

        if (ClaimantInferred && string.IsNullOrWhiteSpace(ClaimantNote))
        {
            yield return new ValidationResult("An inferred attribution needs a note saying why the claimant is ours.", [nameof(ClaimantNote)]);
        }
    }

    public BundleClaim ToRecord(string slug) => new(
        slug, Text!, OneOfAttribute<ClaimKind>.Parse(Kind!), ClaimantActor, ClaimantOutlet, Subjects, Events,
        OneOfAttribute<Hedging>.ParseOptional(Hedging) ?? Domain.Claims.Hedging.Asserted,
        Quantities?.Select(q => new BundleQuantity(q.Value, q.Unit!, q.Approximate, q.Text, OneOfAttribute<QuantityMagnitude>.ParseOptional(q.Magnitude))).ToList(),
        OneOfAttribute<ReviewStatus>.ParseOptional(Status) ?? ReviewStatus.Unreviewed, StatusNote,
        Appearances!.Select(a => a.ToBundle()).ToList(),
        ClaimantInferred, ClaimantNote);
}

/// <summary>
/// A number the quotations state (<see cref="Value"/>), or only its size when they give none
/// (<see cref="Magnitude"/>: "millions"); exactly one of the two. The value must appear in one of the claim's
/// quotations, as digits or words.
/// </summary>
public sealed record QuantityInput : IValidatableObject
{
    public decimal? Value { get; init; }

    [OneOf<QuantityMagnitude>]
    public string? Magnitude { get; init; }

    [Required, MaxLength(Limits.Role)]
    public string? Unit { get; init; }

    public bool Approximate { get; init; }

    [MaxLength(Limits.Name)]
    public string? Text { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((Value is null) == (Magnitude is null))
        {
            yield return new ValidationResult("Give a value, or a magnitude (\"millions\") when the text gives no number; not both.", [nameof(Value)]);
        }
    }
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

    /// <summary>The words next to the quotation that name its speaker, when the quotation itself does not.</summary>
    public AttributionInput? Attribution { get; init; }

    internal BundleAppearance ToBundle() => new(Article!, Quote!, Start, End, OneOfAttribute<AppearanceRole>.Parse(Role!),
        Attribution is { } a ? new BundleAttribution(a.Quote!, a.Start, a.End) : null);
}

/// <summary>The exact characters [start, end) next to a quotation that name its speaker ("Putin told the North Korean leader").</summary>
public sealed record AttributionInput
{
    [Required, MaxLength(Limits.Name)]
    public string? Quote { get; init; }

    [Range(0, int.MaxValue)]
    public int Start { get; init; }

    [Range(1, int.MaxValue)]
    public int End { get; init; }
}

/// <summary>A review decision on a claim.</summary>
public sealed record ReviewInput
{
    [Required, OneOf<ReviewStatus>]
    public string? Status { get; init; }

    [MaxLength(Limits.Note)]
    public string? Note { get; init; }
}
