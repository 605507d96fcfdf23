using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Domain.Search;

namespace NewsTreaty.Api.Search;

public sealed record SearchResponse(string Q, IReadOnlyList<SearchHitView> Items);

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/search", Search).WithTags("Search").WithName(nameof(Search))
            .WithSummary("Full-text search across claims, events, actors and articles, best match first")
            .WithDescription("Each hit names its `type` (claim, event, actor, article), id, slug and a title; `rank` orders them (higher is better).")
            .ProducesValidationProblem();
        return routes;
    }

    public static async Task<Ok<SearchResponse>> Search([AsParameters] SearchQueryParameters query, SearchQueries search, CancellationToken ct) =>
        TypedResults.Ok(new SearchResponse(query.Q!, await search.SearchAsync(query.Q!, query.Limit, ct)));
}
