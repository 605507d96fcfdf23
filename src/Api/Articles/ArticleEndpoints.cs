using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Editing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Articles;

/// <summary>Every route of /api/v1/articles: listing and reading articles, and writing them.</summary>
public static class ArticleEndpoints
{
    internal static readonly RecordWrites<ArticleInput, BundleArticle, ArticleView> Writes =
        new("articles", (services, key, ct) => services.GetRequiredService<ArticleQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static RouteGroupBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles");
        group.MapGet("/", ListArticles).WithName(nameof(ListArticles)).WithSummary("List articles, newest first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{key}", GetArticle).WithName(nameof(GetArticle))
            .WithSummary("One article by id or slug, with its relations, claims, actors and events")
            .WithDescription("Lists the first 200 claims in reading order (`claims`); `claimsCount` counts all of them, and `/api/v1/claims?article=` " +
                "pages through every one. `format=jsonld` or `Accept: application/ld+json` returns a schema.org NewsArticle.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateArticle).AsCreate(ResourceKind.Article);
        group.MapPut("/{key}", UpdateArticle).AsUpdate(ResourceKind.Article);
        group.MapRecordLifecycle(Writes);
        return group;
    }

    public static async Task<Ok<ListResponse<ArticleSummaryView>>> ListArticles(
        [AsParameters] ArticleQueryParameters query, ArticleQueries articles, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ArticleSummaryView>.From(await articles.SearchAsync(query.ToFilter(), query.Limit, query.Cursor, ct), request));

    public static Task<Results<Ok<ArticleView>, ContentHttpResult, ProblemHttpResult>> GetArticle(
        [AsParameters] RecordQueryParameters query, ArticleQueries articles, HttpRequest request, CancellationToken ct) =>
        RecordRepresentation.JsonOrJsonLdAsync("article", query, request, () => articles.GetAsync(query.Key, ct), (ld, found) => ld.Article(found));

    public static Task<Results<Created<ArticleView>, ValidationProblem>> CreateArticle(ArticleInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Create(input, http, editor, ct);

    public static Task<Results<Ok<ArticleView>, ProblemHttpResult>> UpdateArticle(string key, ArticleInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Update(key, input, http, editor, ct);
}
