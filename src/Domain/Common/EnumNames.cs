using System.Text.Json;

namespace NewsTreaty.Domain.Common;

/// <summary>
/// Enum values as they are written everywhere outside the code (JSON, bundles, query strings, URLs, CSV):
/// kebab-case, "TreatySigned" ↔ "treaty-signed". The one place those names are made.
/// </summary>
public static class EnumNames
{
    /// <summary>The naming policy the JSON converters of the API and the bundle use.</summary>
    public static JsonNamingPolicy Policy => JsonNamingPolicy.KebabCaseLower;

    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>Every name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>The value named <paramref name="name"/>; surrounding space and, unless <paramref name="ignoreCase"/> is false, case are ignored.</summary>
    public static bool TryParse<T>(string? name, out T value, bool ignoreCase = true) where T : struct, Enum
    {
        value = default;
        if (name is null)
        {
            return false;
        }

        var trimmed = ignoreCase ? name.Trim() : name;
        return (ignoreCase ? Names<T>.IgnoringCase : Names<T>.Exactly).TryGetValue(trimmed, out value);
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, v => Policy.ConvertName(v.ToString()));

        public static readonly IReadOnlyList<string> InOrder = [.. Enum.GetValues<T>().Select(v => ByValue[v])];

        public static readonly Dictionary<string, T> Exactly = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly Dictionary<string, T> IgnoringCase = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }
}
