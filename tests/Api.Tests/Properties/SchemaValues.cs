using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace NewsTreaty.Api.Tests.Properties;

/// <summary>
/// FsCheck generators of JSON values from the document's schemas, Schemathesis-style: values the schema allows
/// (types, enums, bounds, slugs and partial dates that may name stored records) and values it does not (wrong types,
/// out-of-range numbers, missing required properties, hostile strings).
/// </summary>
internal sealed class SchemaValues(JsonElement document, IReadOnlyList<string> slugs)
{
    private static readonly string[] Hostile = ["", " ", "%00", "\u0000", "💥", "ü", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "null", "-1", "1e309", "99999999999999999999", "NaN", new string('a', 5000)];

    public Gen<JsonNode?> Valid(JsonElement schema, int depth = 0)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            return Gen.OneOf(oneOf.EnumerateArray().Select(s => Valid(s, depth)).ToArray());
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return Gen.Elements(values.EnumerateArray().Select(v => JsonNode.Parse(v.GetRawText())).ToArray());
        }

        var types = Types(schema);
        if (types.Count == 0)
        {
            return Gen.Constant<JsonNode?>(new JsonObject());
        }

        return Gen.Elements(types.ToArray()).SelectMany(type => type switch
        {
            "null" => Gen.Constant<JsonNode?>(null),
            "boolean" => Gen.Elements(true, false).Select(b => (JsonNode?)b),
            "integer" => Integer(schema).Select(i => (JsonNode?)i),
            "number" => Gen.Choose(-1000, 100_000).Select(i => (JsonNode?)(i / 8.0)),
            "string" => Text(schema).Select(t => (JsonNode?)t),
            "array" => depth > 3 ? Gen.Constant<JsonNode?>(new JsonArray())
                : Gen.ListOf(schema.TryGetProperty("items", out var items) ? Valid(items, depth + 1) : Gen.Constant<JsonNode?>("x"))
                    .Select(list => (JsonNode?)new JsonArray([.. list.Take(3).Select(n => n?.DeepClone())]))
                    .Where(a => !schema.TryGetProperty("minItems", out var min) || a!.AsArray().Count >= min.GetInt32()),
            _ => Object(schema, depth),
        });
    }

    /// <summary>Mostly values the schema forbids, with some allowed ones mixed in.</summary>
    public Gen<JsonNode?> Invalid(JsonElement schema)
    {
        var resolved = Resolve(schema);
        var garbage = Gen.OneOf(
            Gen.Elements(Hostile).Select(s => (JsonNode?)s),
            Gen.Elements<JsonNode?>(null, true, -1, 0, 2_147_483_648L, 1e300, new JsonArray(), new JsonObject(), new JsonObject { ["unexpected"] = 1 }));
        return Types(resolved).Contains("object") && resolved.TryGetProperty("properties", out var properties)
            ? Gen.OneOf(garbage, Object(resolved, 0).SelectMany(o => Gen.Elements(properties.EnumerateObject().Select(p => p.Name).ToArray())
                .SelectMany(name => Gen.OneOf(Gen.Constant<JsonNode?>(null), garbage).Select(bad =>
                {
                    var broken = o!.DeepClone().AsObject();
                    broken[name] = bad?.DeepClone(); // a property of the wrong type, or null where it may not be
                    return (JsonNode?)broken;
                }))))
            : garbage;
    }

    /// <summary>A query, path or header value: from the schema, a stored slug, or garbage.</summary>
    public Gen<string> Parameter(JsonElement schema, bool valid) =>
        (valid ? Valid(schema) : Invalid(schema)).Select(node => node switch
        {
            null => "",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        });

    private Gen<JsonNode?> Object(JsonElement schema, int depth)
    {
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : [];
        var properties = schema.TryGetProperty("properties", out var p) ? p.EnumerateObject().ToList() : [];
        var fields = properties.Select(property => required.Contains(property.Name)
            ? Valid(property.Value, depth + 1).Select(v => (property.Name, Value: v, Keep: true))
            : Gen.Elements(true, false).SelectMany(keep => Valid(property.Value, depth + 1).Select(v => (property.Name, Value: v, Keep: keep))));
        return Gen.CollectToSequence(fields).Select(chosen =>
        {
            var o = new JsonObject();
            foreach (var (name, value, keep) in chosen.Where(c => c.Keep))
            {
                o[name] = value?.DeepClone();
            }

            return (JsonNode?)o;
        });
    }

    private Gen<long> Integer(JsonElement schema)
    {
        var min = schema.TryGetProperty("minimum", out var lo) ? Math.Max(lo.GetDouble(), -1000) : -5;
        var max = schema.TryGetProperty("maximum", out var hi) ? Math.Min(hi.GetDouble(), 100_000) : 1000;
        return Gen.OneOf(Gen.Choose((int)min, (int)max), Gen.Elements((int)min, (int)max)).Select(i => (long)i);
    }

    private Gen<string> Text(JsonElement schema)
    {
        var pattern = schema.TryGetProperty("pattern", out var pt) ? pt.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var text = (pattern, format) switch
        {
            ({ } slug, _) when slug.StartsWith("^[a-z0-9]", StringComparison.Ordinal) => Gen.OneOf(Gen.Elements(slugs.ToArray()), Gen.Elements("zz-none", "new-record")),
            ({ } date, _) when date.Contains("\\d{4}", StringComparison.Ordinal) => Gen.Elements("1961", "2024-06", "2024-06-19", "2000-02~"),
            ({ } time, _) when time.Contains("[0-5][0-9]", StringComparison.Ordinal) => Gen.Elements("00:00", "08:34", "23:59"),
            (_, "date-time") => Gen.Choose(0, 2_000_000_000).Select(s => DateTimeOffset.FromUnixTimeSeconds(s).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            (_, "date") => Gen.Elements("1961-07-06", "2024-06-19"),
            (_, "uri") => Gen.Elements("https://example.org/a", "https://news.example/2024/06/19/treaty"),
            _ => Gen.OneOf(Gen.Elements(slugs.ToArray()), Gen.Elements("treaty", "Putin", "Kim Jong Un", "Пхеньян", "条约", "a \"quoted\" word", "x")),
        };
        var maxLength = schema.TryGetProperty("maxLength", out var ml) ? ml.GetInt32() : int.MaxValue;
        var minLength = schema.TryGetProperty("minLength", out var mn) ? mn.GetInt32() : 0;
        return text.Where(t => t.Length <= maxLength && t.Length >= minLength);
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var t) ? []
        : t.ValueKind == JsonValueKind.Array ? [.. t.EnumerateArray().Select(x => x.GetString()!)]
        : [t.GetString()!];
}
