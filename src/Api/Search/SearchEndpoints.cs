using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure;
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

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        [Description("Words to search for; all are required. Punctuation and operators are ignored.")] string? q,
        [Description("Most hits to return, 1–100 (default 20).")] int? limit,
        SearchQueries search, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || !q.Any(char.IsLetterOrDigit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["q is required and needs at least one word (letters or digits) to search for."] },
                title: "Some query parameters are invalid", type: ProblemTypes.Validation);
        }

        return TypedResults.Ok(new SearchResponse(q, await search.SearchAsync(q, limit, ct)));
    }
}
