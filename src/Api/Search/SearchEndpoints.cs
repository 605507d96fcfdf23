using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
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
        routes.MapGet("/export", Export).WithTags("Export").WithName(nameof(Export))
            .WithSummary("The whole dataset as one bundle (see docs/dataset-format.md), importable with the `import` command (`dotnet run --project src/Web -- import FILE`)");
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

    public static async Task<FileContentHttpResult> Export(NewsTreatyDbContext db, CancellationToken ct)
    {
        // Stamped with the time of the last change rather than now, so an unchanged dataset exports
        // the same bytes, keeps its ETag and can be answered with 304.
        var changed = await LastChangeAsync(db, ct);
        var bundle = await new BundleExporter(db, new FixedClock(changed)).ExportAsync("NewsTreaty export", ct);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(bundle, Bundle.JsonOptions), "application/json", "newstreaty.bundle.json");
    }

    private static async Task<DateTimeOffset> LastChangeAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        DateTime?[] latest =
        [
            await db.Claims.MaxAsync(x => (DateTime?)x.UpdatedAt, ct), await db.Articles.MaxAsync(x => (DateTime?)x.UpdatedAt, ct),
            await db.Events.MaxAsync(x => (DateTime?)x.UpdatedAt, ct), await db.Actors.MaxAsync(x => (DateTime?)x.UpdatedAt, ct),
            await db.Outlets.MaxAsync(x => (DateTime?)x.UpdatedAt, ct), await db.Eras.MaxAsync(x => (DateTime?)x.UpdatedAt, ct),
        ];
        var max = latest.Max() ?? DateTime.UnixEpoch;
        return new DateTimeOffset(DateTime.SpecifyKind(max, DateTimeKind.Utc));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
