using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Formats;

/// <summary>GET one record: its JSON view, or schema.org JSON-LD when format=jsonld or Accept asks for it.</summary>
internal static class RecordRepresentation
{
    public static async Task<Results<Ok<TView>, ContentHttpResult, ProblemHttpResult>> JsonOrJsonLdAsync<TView>(
        string resource, RecordQueryParameters query, HttpRequest request, Func<Task<TView?>> read, Func<JsonLd, TView, JsonNode> jsonLd)
        where TView : class
    {
        if (await read() is not { } found)
        {
            return ApiProblems.NotFound(resource, query.Key);
        }

        return Negotiation.Wants(request, query.Format, "jsonld", Negotiation.JsonLd)
            ? TypedResults.Text(jsonLd(new JsonLd(request), found).ToJsonString(), Negotiation.JsonLd)
            : TypedResults.Ok(found);
    }
}
