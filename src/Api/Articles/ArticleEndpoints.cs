using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Formats;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Api.Articles;

/// <summary>The query string of GET /api/v1/articles.</summary>
public sealed record ArticleQueryParameters(
    [property: FromQuery(Name = "outlet"), Description("Articles from one outlet (id or slug).")] string? Outlet,
    [property: FromQuery(Name = "from"), Description("Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From,
    [property: FromQuery(Name = "to"), Description("Published on or before this date (the whole year or month for reduced precision).")] string? To,
    [property: FromQuery(Name = "genre"), Description("news, analysis, opinion or editorial.")] string? Genre,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor);

public static class ArticleEndpoints
{
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

    public static async Task<Results<Ok<ArticleView>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetArticle(
        [Description("The record's numeric id or its slug.")] string key,
        [Description("json (default) or jsonld for schema.org JSON-LD; Accept: application/ld+json works too.")] string? format, ArticleQueries articles, HttpRequest request, CancellationToken ct)
    {
        if (!Negotiation.IsKnown(format, "json", "jsonld"))
        {
            return Negotiation.UnknownFormat(format!, "json", "jsonld");
        }

        if (await articles.GetAsync(key, ct) is not { } found)
        {
            return ApiProblems.NotFound("article", key);
        }

        return Negotiation.Wants(request, format, "jsonld", Negotiation.JsonLd)
            ? TypedResults.Text(new JsonLd(request).Article(found).ToJsonString(), Negotiation.JsonLd)
            : TypedResults.Ok(found);
    }
}
