using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Formats;

/// <summary>GET one record: which, and in which representation.</summary>
public sealed record RecordQueryParameters(
    [property: FromRoute(Name = "key"), Description("The record's numeric id or its slug.")] string Key,
    [property: FromQuery(Name = "format"), Accepted("json", "jsonld"), Description("json (default) or jsonld for schema.org JSON-LD; Accept: application/ld+json works too.")] string? Format = null);
