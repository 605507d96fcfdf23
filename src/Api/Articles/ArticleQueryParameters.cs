using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsTreaty.Api.Articles;

/// <summary>The query string of GET /api/v1/articles.</summary>
public sealed record ArticleQueryParameters(
    [property: FromQuery(Name = "outlet"), Description("Articles from one outlet (id or slug).")] string? Outlet,
    [property: FromQuery(Name = "from"), Description("Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From,
    [property: FromQuery(Name = "to"), Description("Published on or before this date (the whole year or month for reduced precision).")] string? To,
    [property: FromQuery(Name = "genre"), Description("news, analysis, opinion or editorial.")] string? Genre,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor);
