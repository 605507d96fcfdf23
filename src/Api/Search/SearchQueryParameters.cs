using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Search;

/// <summary>The query string of GET /api/v1/search.</summary>
public sealed record SearchQueryParameters(
    [property: FromQuery(Name = "q"), SearchText(Required = true), Description("Words to search for; all are required. Punctuation and operators are ignored.")] string? Q = null,
    [property: FromQuery(Name = "limit"), Description("Most hits to return, 1–100 (default 20).")] int? Limit = null);
