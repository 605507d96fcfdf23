using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsTreaty.Api.Actors;

/// <summary>The query string of GET /api/v1/actors.</summary>
public sealed record ActorQueryParameters(
    [property: FromQuery(Name = "q"), Description("Words that start the actor's name or one of its aliases (\"shoig\" finds Shoigu); best match first.")] string? Q,
    [property: FromQuery(Name = "kind"), Description("person, state, organisation or media.")] string? Kind,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor);
