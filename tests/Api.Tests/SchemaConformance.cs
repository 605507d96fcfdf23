using System.Globalization;
using System.Text.Json;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Checks a JSON value against a schema of the served OpenAPI document the way a strict generated client reads it:
/// every required property present, every type and enum value as declared, every date-time with an offset.
/// </summary>
internal sealed class SchemaConformance(JsonElement document)
{
    public List<string> Check(JsonElement schema, JsonElement value, string at = "$")
    {
        var errors = new List<string>();
        Walk(schema, value, at, errors);
        return errors;
    }

    public JsonElement ResponseSchema(string path, string method, string status = "200", string mediaType = "application/json")
    {
        var found = document.GetProperty("paths").TryGetProperty(path, out var item) && item.TryGetProperty(method, out var operation)
            && operation.GetProperty("responses").TryGetProperty(status, out var response) && response.TryGetProperty("content", out var content)
            && content.TryGetProperty(mediaType, out var media) && media.TryGetProperty("schema", out var schema)
            ? schema
            : (JsonElement?)null;
        return found ?? throw new KeyNotFoundException($"{method} {path} declares no {status} {mediaType} schema");
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;

    private void Walk(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            if (!oneOf.EnumerateArray().Any(s => Check(s, value, at).Count == 0))
            {
                errors.Add($"{at}: {value.ValueKind} matches none of oneOf");
            }

            return;
        }

        var types = schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [t.GetString()!]
            : [];
        if (types.Count > 0 && !types.Any(type => Is(type, value)))
        {
            errors.Add($"{at}: {value.ValueKind} is not {string.Join("|", types)}");
            return;
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("enum", out var values)
            && !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
        {
            errors.Add($"{at}: '{value.GetString()}' is not in its enum");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !(DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && HasOffset(value.GetString()!)))
        {
            errors.Add($"{at}: date-time '{value.GetString()}' has no offset");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var required in schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!) : [])
            {
                if (!value.TryGetProperty(required, out _))
                {
                    errors.Add($"{at}: required '{required}' is missing");
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child))
                    {
                        Walk(property.Value, child, $"{at}.{property.Name}", errors);
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Walk(items, item, $"{at}[{i++}]", errors);
            }
        }
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:\d\d$");

    private static bool Is(string type, JsonElement value) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => throw new InvalidOperationException($"Unknown JSON schema type '{type}'"),
    };
}
