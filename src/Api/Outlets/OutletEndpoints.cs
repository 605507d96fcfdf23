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

namespace NewsTreaty.Api.Outlets;

/// <summary>
/// /api/v1/outlets: every outlet, one outlet's record, and writing outlets through the same <see cref="RecordEditor"/> as the desk's
/// outlet form (rules, history, If-Match).
/// </summary>
public static class OutletEndpoints
{
    internal static readonly RecordWrites<OutletInput, BundleOutlet, OutletView> Writes =
        new("outlets", (services, key, ct) => services.GetRequiredService<OutletQueries>().GetAsync(key, ct), v => (v.Outlet.Id, v.Outlet.Slug, v.Revision));

    public static RouteGroupBuilder MapOutletEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/outlets").WithTags("Outlets");
        group.MapGet("/", ListOutlets).WithName(nameof(ListOutlets))
            .WithSummary("Every outlet by name, with how many articles it published and how many of those are its own reporting");
        group.MapGet("/{key}", GetOutlet).WithName(nameof(GetOutlet))
            .WithSummary("One outlet by id or slug, with what it published, its syndication and relay links, its own-voice claims and covered events")
            .WithDescription("`format=jsonld` or `Accept: application/ld+json` returns a schema.org NewsMediaOrganization.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateOutlet).AsCreate(ResourceKind.Outlet);
        group.MapPut("/{key}", UpdateOutlet).AsUpdate(ResourceKind.Outlet);
        group.MapRecordLifecycle(Writes);
        return group;
    }

    /// <summary>Outlets are a newsroom's short list of publishers (dozens, not thousands): one page holds them all.</summary>
    public static async Task<Ok<ListResponse<OutletSummaryView>>> ListOutlets(OutletQueries outlets, CancellationToken ct) =>
        TypedResults.Ok(new ListResponse<OutletSummaryView>(await outlets.ListAsync(ct), null, null));

    public static Task<Results<Ok<OutletView>, ContentHttpResult, ProblemHttpResult>> GetOutlet(
        [AsParameters] RecordQueryParameters query, OutletQueries outlets, HttpRequest request, CancellationToken ct) =>
        RecordRepresentation.JsonOrJsonLdAsync("outlet", query, request, () => outlets.GetAsync(query.Key, ct), (ld, found) => ld.Outlet(found.Outlet, found.Homepage));

    public static Task<Results<Created<OutletView>, ValidationProblem>> CreateOutlet(OutletInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Create(input, http, editor, ct);

    public static Task<Results<Ok<OutletView>, ProblemHttpResult>> UpdateOutlet(string key, OutletInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        Writes.Update(key, input, http, editor, ct);
}
