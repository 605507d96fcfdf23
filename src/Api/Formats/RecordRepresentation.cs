using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Formats;

/// <summary>GET one record: its JSON view, or schema.org JSON-LD when format=jsonld or Accept asks for it.</summary>
internal static class RecordRepresentation
{
    public static async Task<Results<Ok<TView>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> JsonOrJsonLdAsync<TView>(
        string resource, string key, string? format, HttpRequest request, Func<Task<TView?>> read, Func<JsonLd, TView, JsonNode> jsonLd)
        where TView : class
    {
        if (!Negotiation.IsKnown(format, "json", "jsonld"))
        {
            return Negotiation.UnknownFormat(format!, "json", "jsonld");
        }

        if (await read() is not { } found)
        {
            return ApiProblems.NotFound(resource, key);
        }

        return Negotiation.Wants(request, format, "jsonld", Negotiation.JsonLd)
            ? TypedResults.Text(jsonLd(new JsonLd(request), found).ToJsonString(), Negotiation.JsonLd)
            : TypedResults.Ok(found);
    }
}
