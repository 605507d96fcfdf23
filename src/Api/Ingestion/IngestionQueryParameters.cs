using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Ingestion;

/// <summary>The query string of GET /api/v1/ingestions.</summary>
public sealed record IngestionQueryParameters(
    [property: FromQuery(Name = "status"), OneOf<IngestionStatusFilter>(IgnoreCase = true), Description("pending (proposals still open), reviewed, or all (the default).")] string? Status = null,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit = null,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link.")] string? Cursor = null)
{
    /// <summary>The status these parameters ask for; call once they have passed validation.</summary>
    public IngestionStatusFilter ToFilter() => OneOfAttribute<IngestionStatusFilter>.ParseOptional(Status, ignoreCase: true) ?? IngestionStatusFilter.All;
}
