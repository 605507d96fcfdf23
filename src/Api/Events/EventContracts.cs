using System.ComponentModel.DataAnnotations;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Events;

/// <summary>A whole event, as in the dataset bundle; PUT replaces every field.</summary>
public sealed record EventInput : IRecordInput<BundleEvent>
{
    [SlugText]
    public string? Slug { get; init; }

    [Required, MaxLength(Limits.Title)]
    public string? Title { get; init; }

    [Required, OneOf<EventKind>]
    public string? Kind { get; init; }

    [Required, PartialDateText]
    public string? Date { get; init; }

    [Range(Event.MinImportance, Event.MaxImportance)]
    public int Importance { get; init; } = 3;

    [MaxLength(Limits.Summary)]
    public string? Summary { get; init; }

    [PartialDateText]
    public string? EndDate { get; init; }

    [MaxLength(Limits.Name)]
    public string? Place { get; init; }

    [SlugText]
    public string? Era { get; init; }

    public List<EventActorInput>? Actors { get; init; }

    public List<string>? Articles { get; init; }

    public BundleEvent ToRecord(string slug) => new(
        slug, Title!, OneOfAttribute<EventKind>.Parse(Kind!), Date!, Importance, Summary, EndDate, Place, Era,
        Actors?.Select(a => new BundleEventActor(a.Actor!, a.Role ?? "participant")).ToList(), Articles);
}

public sealed record EventActorInput
{
    [Required, SlugText]
    public string? Actor { get; init; }

    [SlugText]
    public string? Role { get; init; }
}
