using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Events;

/// <summary>The query string of GET /api/v1/events, and the timeline page's filters.</summary>
public sealed record EventQueryParameters(
    [property: FromQuery(Name = "from"), PartialDateText(BlankMeansNone = true), Description("Events starting on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From = null,
    [property: FromQuery(Name = "to"), PartialDateText(BlankMeansNone = true), Description("Events starting on or before this date (the whole year or month for reduced precision).")] string? To = null,
    [property: FromQuery(Name = "actor"), Description("Events an actor took part in: id, slug, name, alias or Wikidata QID.")] string? Actor = null,
    [property: FromQuery(Name = "kind"), OneOf<EventKind>(IgnoreCase = true), Description("An event kind, e.g. treaty-signed, summit, state-visit, sanctions.")] string? Kind = null,
    [property: FromQuery(Name = "minImportance"), WholeNumber(Event.MinImportance, Event.MaxImportance), Description("Only events at least this important, 1 (detail) to 5 (landmark).")] string? MinImportance = null,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit = null,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor = null)
    : IValidatableObject, IDroppableParameters<EventQueryParameters>
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DateRange.Check(From, To) is { } reversed ? [reversed] : [];

    /// <summary>The filter these parameters ask for; call once they have passed validation.</summary>
    public EventFilter ToFilter() => new(
        DateRange.Parse(From), DateRange.Parse(To), Actor, OneOfAttribute<EventKind>.ParseOptional(Kind, ignoreCase: true), WholeNumberAttribute.Parse(MinImportance));

    public EventQueryParameters Without(IReadOnlyCollection<string> names) => this with
    {
        From = names.Contains("from") ? null : From,
        To = names.Contains("to") ? null : To,
        Kind = names.Contains("kind") ? null : Kind,
        MinImportance = names.Contains("minImportance") ? null : MinImportance,
    };
}
