using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Import;

internal static class ImportEndpoints
{
    public static void MapImportEndpoint(this IEndpointRouteBuilder api) =>
        api.MapPost("/import", ImportBundle).RequireAuthorization(ApiRoles.Editor).WithTags("Import")
            .WithName(nameof(ImportBundle)).Accepts<Bundle>("application/json")
            .WithSummary("Import a dataset bundle (editor): upsert by slug, all or nothing, each record's change recorded in its history");

    /// <summary>Reads the body itself so that a malformed bundle is reported with the JSON path of the problem.</summary>
    public static async Task<Ok<ImportResult>> ImportBundle(HttpRequest request, HttpContext http, RecordEditor editor, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var bundle = BundleImporter.Parse(await reader.ReadToEndAsync(ct));
        return TypedResults.Ok(await editor.ImportAsync(bundle, ApiRoles.Actor(http.User), ct));
    }
}
