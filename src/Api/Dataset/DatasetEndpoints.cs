using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Dataset;

/// <summary>The whole dataset as one bundle: exported to anyone, imported by editors.</summary>
internal static class DatasetEndpoints
{
    public static void MapDatasetEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/import", ImportBundle).RequireAuthorization(ApiRoles.Editor).WithTags("Import")
            .WithName(nameof(ImportBundle)).Accepts<Bundle>("application/json")
            .WithSummary("Import a dataset bundle (editor): upsert by slug, all or nothing, each record's change recorded in its history");
        routes.MapGet("/export", Export).WithTags("Export").WithName(nameof(Export))
            .WithSummary("The whole dataset as one bundle (see docs/dataset-format.md), importable with the `import` command (`dotnet run --project src/Web -- import FILE`)")
            .Produces<Bundle>(StatusCodes.Status200OK, "application/json");
    }

    /// <summary>Reads the body itself so that a malformed bundle is reported with the JSON path of the problem.</summary>
    public static async Task<Ok<ImportResult>> ImportBundle(HttpRequest request, HttpContext http, RecordEditor editor, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var bundle = BundleImporter.Parse(await reader.ReadToEndAsync(ct));
        return TypedResults.Ok(await editor.ImportAsync(bundle, ApiRoles.Actor(http.User), ct));
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
