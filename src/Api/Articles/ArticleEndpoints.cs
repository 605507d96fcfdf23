using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Reading;

namespace NewsTreaty.Api.Articles;

public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles");
        group.MapGet("/", ListArticles).WithName(nameof(ListArticles)).WithSummary("List articles, newest first");
        group.MapGet("/{key}", GetArticle).WithName(nameof(GetArticle))
            .WithSummary("One article by id or slug, with its relations, claims, actors and events");
        return group;
    }

    public static async Task<Ok<ListResponse<ArticleSummaryView>>> ListArticles(
        [AsParameters] PageQuery page, ArticleQueries articles, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ArticleSummaryView>.From(await articles.ListAsync(page.Limit, page.Cursor, ct), request));

    public static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> GetArticle(string key, ArticleQueries articles, CancellationToken ct) =>
        await articles.GetAsync(key, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound("article", key);
}
