using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Api.Actors;

/// <summary>The query string of GET /api/v1/actors.</summary>
public sealed record ActorQueryParameters(
    [property: FromQuery(Name = "q"), SearchText, Description("Words that start the actor's name or one of its aliases (\"shoig\" finds Shoigu); best match first.")] string? Q = null,
    [property: FromQuery(Name = "kind"), OneOf<ActorKind>(IgnoreCase = true), Description("person, state, organisation or media.")] string? Kind = null,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit = null,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor = null)
{
    /// <summary>The filter these parameters ask for; call once they have passed validation.</summary>
    public ActorFilter ToFilter() => new(Q, OneOfAttribute<ActorKind>.ParseOptional(Kind, ignoreCase: true));
}
