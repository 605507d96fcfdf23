using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Reads typed filter values from query strings and collects every bad one, so a 400 names each
/// parameter and what it accepts instead of failing on the first.
/// </summary>
internal sealed class QueryReader
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IEnumerable<string> Accepted<TEnum>() where TEnum : struct, Enum => System.Enum.GetValues<TEnum>().Select(Kebab);

    public TEnum? Enum<TEnum>(string name, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(Kebab(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        _errors[name] = [$"'{value}' is not a {name}: use one of {string.Join(", ", Accepted<TEnum>())}."];
        return null;
    }

    public PartialDate? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (PartialDate.TryParse(value, out var date, out var error))
        {
            return date;
        }

        _errors[name] = [error];
        return null;
    }

    public int? Int(string name, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        _errors[name] = [$"'{value}' is not a valid {name}: use a whole number from {min} to {max}."];
        return null;
    }

    /// <summary>Full-text input: anything goes, but it must contain a word to search for.</summary>
    public string? Words(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsLetterOrDigit))
        {
            return value;
        }

        _errors[name] = [$"'{value}' has no words to search for: give one or more words (letters or digits)."];
        return null;
    }

    public void Error(string name, string message) => _errors[name] = [message];

    /// <summary>Adds an error when from is after to.</summary>
    public void Range(PartialDate? from, PartialDate? to)
    {
        if (from is not null && to is not null && from.Start > to.End)
        {
            _errors["to"] = [$"to ({to}) is before from ({from})."];
        }
    }

    public bool IsValid => _errors.Count == 0;

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors, detail: "Fix the query parameters listed in 'errors' and try again.",
            title: "Some query parameters are invalid", type: ProblemTypes.Validation);
}
