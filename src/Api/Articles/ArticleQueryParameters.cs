using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Api.Articles;

/// <summary>The query string of GET /api/v1/articles.</summary>
public sealed record ArticleQueryParameters(
    [property: FromQuery(Name = "outlet"), Description("Articles from one outlet (id or slug).")] string? Outlet = null,
    [property: FromQuery(Name = "from"), PartialDateText(BlankMeansNone = true), Description("Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From = null,
    [property: FromQuery(Name = "to"), PartialDateText(BlankMeansNone = true), Description("Published on or before this date (the whole year or month for reduced precision).")] string? To = null,
    [property: FromQuery(Name = "genre"), OneOf<Genre>(IgnoreCase = true), Description("news, analysis, opinion or editorial.")] string? Genre = null,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit = null,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor = null)
    : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DateRange.Check(From, To) is { } reversed ? [reversed] : [];

    /// <summary>The filter these parameters ask for; call once they have passed validation.</summary>
    public ArticleFilter ToFilter() =>
        new(Outlet, DateRange.Parse(From), DateRange.Parse(To), OneOfAttribute<Genre>.ParseOptional(Genre, ignoreCase: true));
}
