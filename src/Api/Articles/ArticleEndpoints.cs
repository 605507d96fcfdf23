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
        group.MapPost("/", CreateArticle).AsCreate<ArticleInput>(ResourceKind.Article);
        group.MapPut("/{key}", UpdateArticle).AsUpdate<ArticleInput>(ResourceKind.Article);
        group.MapRecordLifecycle(Writes);
        return group;
    }

    public static async Task<Results<Ok<ListResponse<ArticleSummaryView>>, ValidationProblem>> ListArticles(
        [AsParameters] ArticleQueryParameters query, ArticleQueries articles, HttpRequest request, CancellationToken ct)
    {
        var reader = new QueryReader();
        var from = reader.Date("from", query.From);
        var to = reader.Date("to", query.To);
        reader.Range(from, to);
        var filter = new ArticleFilter(query.Outlet, from, to, reader.Enum<Genre>("genre", query.Genre));
        return reader.IsValid
            ? TypedResults.Ok(ListResponse<ArticleSummaryView>.From(await articles.SearchAsync(filter, query.Limit, query.Cursor, ct), request))
            : reader.Problem();
    }

    public static Task<Results<Ok<ArticleView>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetArticle(
        [Description("The record's numeric id or its slug.")] string key,
        [Description("json (default) or jsonld for schema.org JSON-LD; Accept: application/ld+json works too.")] string? format, ArticleQueries articles, HttpRequest request, CancellationToken ct) =>
        RecordRepresentation.JsonOrJsonLdAsync("article", key, format, request, () => articles.GetAsync(key, ct), (ld, found) => ld.Article(found));

    public static Task<Results<Created<ArticleView>, ValidationProblem>> CreateArticle(ArticleInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Create(input, http, editor, ct);

    public static Task<Results<Ok<ArticleView>, ProblemHttpResult>> UpdateArticle(string key, ArticleInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Update(key, input, http, editor, ct);
}
