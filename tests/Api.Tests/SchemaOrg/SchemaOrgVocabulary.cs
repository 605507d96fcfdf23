using System.Text.Json;

namespace NewsTreaty.Api.Tests.SchemaOrg;

/// <summary>
/// The schema.org vocabulary from vocabulary.json (built by tools/schemaorg from schema-dts, which Google generates
/// from the schema.org vocabulary): every type, its parents and the properties it declares. <see cref="Check"/>
/// expands a document's terms against the schema.org context (every term is https://schema.org/ + term) and reports
/// each type that does not exist and each property that does not exist on its node's type or the types above it.
/// </summary>
internal sealed class SchemaOrgVocabulary
{
    private const string Context = "https://schema.org";
    private readonly Dictionary<string, (string[] Parents, string[] Properties)> _types;
    private readonly Dictionary<string, HashSet<string>> _closure = new(StringComparer.Ordinal);

    private SchemaOrgVocabulary(Dictionary<string, (string[], string[])> types) => _types = types;

    public static SchemaOrgVocabulary Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SchemaOrg", "vocabulary.json")));
        var types = json.RootElement.GetProperty("types").EnumerateObject().ToDictionary(
            t => t.Name,
            t => (t.Value.GetProperty("parents").EnumerateArray().Select(p => p.GetString()!).ToArray(),
                  t.Value.GetProperty("properties").EnumerateArray().Select(p => p.GetString()!).ToArray()),
            StringComparer.Ordinal);
        return new SchemaOrgVocabulary(types);
    }

    public bool HasType(string type) => _types.ContainsKey(type);

    /// <summary>Every problem in a JSON-LD document, each with its JSON path; empty when all terms are schema.org's.</summary>
    public List<string> Check(JsonElement document)
    {
        var problems = new List<string>();
        if (!document.TryGetProperty("@context", out var context) || context.GetString() != Context)
        {
            problems.Add($"$: @context is not {Context}");
        }

        Node(document, "$", problems);
        return problems;
    }

    private void Node(JsonElement node, string path, List<string> problems)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Node(item, $"{path}[{i++}]", problems);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var types = !node.TryGetProperty("@type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        foreach (var t in types.Where(t => !HasType(t)))
        {
            problems.Add($"{path}: https://schema.org/{t} is not a schema.org type");
        }

        if (node.TryGetProperty("@id", out var id) && !Uri.TryCreate(id.GetString(), UriKind.Absolute, out _))
        {
            problems.Add($"{path}: @id '{id}' is not an absolute IRI");
        }

        var allowed = types.Where(HasType).SelectMany(Properties).ToHashSet(StringComparer.Ordinal);
        foreach (var property in node.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            if (types.Length == 0)
            {
                problems.Add($"{path}.{property.Name}: a node with properties but no @type");
            }
            else if (types.Any(HasType) && !allowed.Contains(property.Name))
            {
                problems.Add($"{path}.{property.Name}: https://schema.org/{property.Name} is not a property of {string.Join("/", types)} or the types above it");
            }

            Node(property.Value, $"{path}.{property.Name}", problems);
        }
    }

    private HashSet<string> Properties(string type)
    {
        if (_closure.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var (parents, own) = _types[type];
        var all = new HashSet<string>(own, StringComparer.Ordinal);
        foreach (var parent in parents.Where(HasType))
        {
            all.UnionWith(Properties(parent));
        }

        return _closure[type] = all;
    }
}
