using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// What the endpoint metadata cannot say by itself: the accepted values of enum-like query parameters,
/// an example for each parameter, the alternative formats an operation negotiates, and example problems.
/// </summary>
internal sealed class OpenApiDetails : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string[]> Enums = new(StringComparer.Ordinal)
    {
        ["/api/v1/claims kind"] = [.. EnumNames.All<ClaimKind>()],
        ["/api/v1/claims status"] = [.. EnumNames.All<ReviewStatus>()],
        ["/api/v1/claims sort"] = [.. EnumNames.All<ClaimSort>()],
        ["/api/v1/claims format"] = ["json", "csv"],
        ["/api/v1/events kind"] = [.. EnumNames.All<EventKind>()],
        ["/api/v1/actors kind"] = [.. EnumNames.All<ActorKind>()],
        ["/api/v1/articles genre"] = [.. EnumNames.All<Genre>()],
        ["/api/v1/timeline format"] = ["json", "timelinejs"],
        ["/api/v1/ingestions status"] = [.. EnumNames.All<IngestionStatusFilter>()],
        ["/api/v1/claims/{key} format"] = ["json", "jsonld"],
        ["/api/v1/events/{key} format"] = ["json", "jsonld"],
        ["/api/v1/actors/{key} format"] = ["json", "jsonld"],
        ["/api/v1/articles/{key} format"] = ["json", "jsonld"],
        ["/api/v1/outlets/{key} format"] = ["json", "jsonld"],
    };

    private static readonly Dictionary<string, JsonNode> Examples = new(StringComparer.Ordinal)
    {
        ["q"] = "mutual assistance",
        ["actor"] = "Q56226",
        ["claimant"] = "economist",
        ["event"] = "1",
        ["article"] = "1",
        ["outlet"] = "economist",
        ["from"] = "2024",
        ["to"] = "2024-06-30",
        ["minSources"] = "2",
        ["minImportance"] = "4",
        ["limit"] = 20,
        ["key"] = "kim-jong-un",
        ["bom"] = "true",
    };

    private static readonly Dictionary<string, string> Alternatives = new(StringComparer.Ordinal)
    {
        ["/api/v1/claims"] = "text/csv",
        ["/api/v1/claims/{key}"] = "application/ld+json",
        ["/api/v1/events/{key}"] = "application/ld+json",
        ["/api/v1/actors/{key}"] = "application/ld+json",
        ["/api/v1/articles/{key}"] = "application/ld+json",
        ["/api/v1/outlets/{key}"] = "application/ld+json",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + (context.Description.RelativePath ?? "").TrimEnd('/');
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (Enums.TryGetValue($"{path} {parameter.Name}", out var values) && parameter.Schema is OpenApiSchema schema)
            {
                schema.Enum = [.. values.Select(v => (JsonNode)v)];
                parameter.Example = values[0];
            }
            else if (parameter.Name is { } name && Examples.TryGetValue(name, out var example))
            {
                parameter.Example = example.DeepClone();
            }

            if (parameter.Name is "minSources" or "minImportance" && parameter.Schema is OpenApiSchema number)
            {
                // Read as text so a bad value gets a field error, but a client should send a whole number.
                number.Type = JsonSchemaType.Integer;
                number.Minimum = parameter.Name == "minSources" ? "0" : "1";
                number.Maximum = parameter.Name == "minSources" ? "1000" : "5";
                parameter.Example = parameter.Name == "minSources" ? 2 : 4;
            }
        }

        var isRead = HttpMethods.IsGet(context.Description.HttpMethod ?? "GET");
        if (operation.Responses is { } responses)
        {
            if (isRead)
            {
                responses["304"] = new OpenApiResponse
                {
                    Description = "Not Modified: the If-None-Match header named the current ETag. Every 200 carries an ETag and Cache-Control: "
                        + ConditionalGet.CacheControl + ".",
                };
            }

            if (isRead && Alternatives.TryGetValue(path, out var mediaType) && responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
            {
                okResponse.Content ??= new Dictionary<string, OpenApiMediaType>();
                okResponse.Content[mediaType] = new OpenApiMediaType
                {
                    Schema = mediaType == Negotiation.JsonLd
                        ? new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A schema.org JSON-LD document (@context https://schema.org)." }
                        : new OpenApiSchema { Type = JsonSchemaType.String, Description = "CSV, one claim per row, with a header row." },
                };
            }

            Example(responses, "400", new JsonObject
            {
                ["type"] = ProblemTypes.Validation,
                ["title"] = "Some query parameters are invalid",
                ["status"] = 400,
                ["detail"] = "Fix the query parameters listed in 'errors' and try again.",
                ["errors"] = new JsonObject { ["kind"] = new JsonArray("'rumour' is not a kind: use one of direct-quote, reported-speech, factual-assertion, prediction, opinion.") },
            });
            Example(responses, "404", new JsonObject
            {
                ["type"] = ProblemTypes.NotFound,
                ["title"] = "Not found",
                ["status"] = 404,
                ["detail"] = "No actor has the id or slug 'kim-jong-il-sung'.",
            });
        }

        return Task.CompletedTask;
    }

    private static void Example(OpenApiResponses responses, string status, JsonObject example)
    {
        if (responses.TryGetValue(status, out var response) && response.Content?.TryGetValue("application/problem+json", out var media) == true && media is OpenApiMediaType problem)
        {
            problem.Example = example;
        }
    }
}
