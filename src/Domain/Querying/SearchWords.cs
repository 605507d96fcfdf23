using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// What full-text search looks for in what people type: words, runs of letters and digits. Punctuation and
/// operators are dropped, so input never reaches either engine's query language as anything but quoted words.
/// </summary>
public static partial class SearchWords
{
    private const int MaxWords = 12;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>Whether <paramref name="text"/> holds a word to search for.</summary>
    public static bool Any(string? text) => text is not null && Word().IsMatch(text);

    /// <summary>The distinct words, lower-cased, at most twelve.</summary>
    public static IReadOnlyList<string> Of(string text) =>
        [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxWords)];

    public static string NoWords(string parameter, string text) =>
        $"{parameter} '{text}' has no words to search for: give one or more words (letters or digits).";
}
