using System.Text.Json;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>The top-level fields a revision changed, as the JSON text of each side (bundle shape, so field names match the dataset format).</summary>
internal static class RevisionDiff
{
    public sealed record Change(string Field, string Before, string After);

    public static IReadOnlyList<Change> Changes(JsonElement? before, JsonElement? after)
    {
        var old = Fields(before);
        var next = Fields(after);
        return old.Keys.Union(next.Keys, StringComparer.Ordinal)
            .Select(k => new Change(k, old.GetValueOrDefault(k, ""), next.GetValueOrDefault(k, "")))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string> Fields(JsonElement? record) =>
        record is { ValueKind: JsonValueKind.Object } r
            ? r.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal)
            : [];
}
