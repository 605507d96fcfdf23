using System.ComponentModel.DataAnnotations;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Outlets;

/// <summary>A whole outlet, as in the dataset bundle; PUT replaces every field.</summary>
public sealed record OutletInput : IRecordInput<BundleOutlet>
{
    [SlugText]
    public string? Slug { get; init; }

    [Required, MaxLength(Limits.Name)]
    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 (GB, RU, KP).</summary>
    [Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use an ISO 3166-1 alpha-2 country code such as GB or RU.")]
    public string? Country { get; init; }

    [Required, OneOf<OutletKind>]
    public string? Kind { get; init; }

    /// <summary>State-owned or state-directed media; readers see it beside the outlet's reporting. Default false.</summary>
    public bool? StateAffiliated { get; init; }

    [Url, MaxLength(Limits.Url)]
    public string? Homepage { get; init; }

    public BundleOutlet ToRecord(string slug) =>
        new(slug, Name!, Country!, OneOfAttribute<OutletKind>.Parse(Kind!), StateAffiliated ?? false, Homepage);
}
