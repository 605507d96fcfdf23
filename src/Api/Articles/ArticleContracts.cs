using System.ComponentModel.DataAnnotations;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Articles;

/// <summary>A whole article, as in the dataset bundle; PUT replaces every field, including relations and text.</summary>
public sealed record ArticleInput : IRecordInput<BundleArticle>
{
    [SlugText]
    public string? Slug { get; init; }

    [Required, SlugText]
    public string? Outlet { get; init; }

    [Required, MaxLength(Limits.Title)]
    public string? Headline { get; init; }

    [Required, OneOf<Genre>]
    public string? Genre { get; init; }

    [Required]
    public PublishedInput? Published { get; init; }

    [MaxLength(35)]
    public string? Language { get; init; }

    [MaxLength(Limits.Title)]
    public string? PrintHeadline { get; init; }

    [MaxLength(Limits.ShortText)]
    public string? Standfirst { get; init; }

    [MaxLength(Limits.Name)]
    public string? Byline { get; init; }

    [MaxLength(Limits.Name)]
    public string? Section { get; init; }

    [MaxLength(Limits.Name)]
    public string? Dateline { get; init; }

    [Url, MaxLength(Limits.Url)]
    public string? CanonicalUrl { get; init; }

    [MaxLength(Limits.Summary)]
    public string? Summary { get; init; }

    public List<RelationInput>? Relations { get; init; }

    public SourceInput? Source { get; init; }

    public string? Text { get; init; }

    public BundleArticle ToRecord(string slug) => new(
        slug, Outlet!, Headline!, OneOfAttribute<Genre>.Parse(Genre!),
        new BundlePublished(Published!.Date!, Published.Time, Published.TimeZone,
            OneOfAttribute<DateBasis>.ParseOptional(Published.Basis) ?? DateBasis.Stated, Published.Note),
        Language ?? "en", PrintHeadline, Standfirst, Byline, Section, Dateline, CanonicalUrl, Summary,
        Relations?.Select(r => new BundleRelation(OneOfAttribute<ArticleRelationKind>.Parse(r.Kind!), r.Article, r.Outlet, r.Note)).ToList(),
        Source is null ? null : new BundleSource(Source.Name!, Source.Sha256), Text);
}

public sealed record PublishedInput
{
    [Required, PartialDateText]
    public string? Date { get; init; }

    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "Use a 24-hour time as HH:mm, e.g. 09:30.")]
    public string? Time { get; init; }

    [MaxLength(64)]
    public string? TimeZone { get; init; }

    [OneOf<DateBasis>]
    public string? Basis { get; init; }

    [MaxLength(Limits.Note)]
    public string? Note { get; init; }
}

public sealed record RelationInput
{
    [Required, OneOf<ArticleRelationKind>]
    public string? Kind { get; init; }

    [SlugText]
    public string? Article { get; init; }

    [SlugText]
    public string? Outlet { get; init; }

    [MaxLength(Limits.Note)]
    public string? Note { get; init; }
}

public sealed record SourceInput
{
    [Required, MaxLength(Limits.Name)]
    public string? Name { get; init; }

    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Give the SHA-256 as 64 hexadecimal characters.")]
    public string? Sha256 { get; init; }
}
