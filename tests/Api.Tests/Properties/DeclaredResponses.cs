using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace NewsTreaty.Api.Tests.Properties;

/// <summary>
/// Validates a response body against the schema its operation declares for that status and media type, with a full
/// JSON Schema 2020-12 validator (JsonSchema.Net, formats enforced: a date-time needs its offset). The document's
/// components become the wrapper schema's <c>$defs</c>, so every <c>$ref</c> resolves.
/// </summary>
internal sealed class DeclaredResponses(JsonElement document)
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly string _definitions = document.GetProperty("components").GetProperty("schemas").GetRawText().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    /// <summary>What is wrong with the response; empty when it is as declared.</summary>
    public IEnumerable<string> Problems(JsonElement operation, int status, string? mediaType, string body)
    {
        var responses = operation.GetProperty("responses");
        if (!responses.TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
            && !responses.TryGetProperty("default", out response))
        {
            yield return $"status {status} is not declared";
            yield break;
        }

        if (mediaType is null || body.Length == 0)
        {
            yield break;
        }

        if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
        {
            yield return $"{status} {mediaType} is not declared";
            yield break;
        }

        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || !media.TryGetProperty("schema", out var schema))
        {
            yield break;
        }

        if (Parse(body) is not { } value)
        {
            yield return $"{status} {mediaType} body is not JSON";
            yield break;
        }

        var results = Compile(schema).Evaluate(value, Options);
        if (!results.IsValid)
        {
            foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5))
            {
                yield return $"{status} body at {detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}";
            }
        }
    }

    private static JsonElement? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private JsonSchema Compile(JsonElement schema)
    {
        var text = schema.GetRawText().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return _schemas.GetOrAdd(text, t =>
        {
            var wrapper = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = $"https://newstreaty.test/responses/{_schemas.Count}-{Guid.NewGuid():N}",
                ["$defs"] = JsonNode.Parse(_definitions),
                ["allOf"] = new JsonArray(JsonNode.Parse(t)),
            };
            return JsonSchema.FromText(wrapper.ToJsonString());
        });
    }
}
