using System.ComponentModel.DataAnnotations;
using System.Globalization;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// A kebab-case name of <typeparamref name="TEnum"/>; the error lists every accepted value. Bodies are exact;
/// query strings (<see cref="IgnoreCase"/>) also take other cases and surrounding space.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class OneOfAttribute<TEnum> : ValidationAttribute, IOneOf where TEnum : struct, Enum
{
    public bool IgnoreCase { get; init; }

    public IEnumerable<string> Accepted => EnumNames.All<TEnum>();

    /// <summary>The value of an input this attribute has passed.</summary>
    public static TEnum Parse(string value, bool ignoreCase = false) =>
        EnumNames.TryParse<TEnum>(value, out var parsed, ignoreCase) ? parsed : throw new ArgumentException($"'{value}' was not validated.", nameof(value));

    public static TEnum? ParseOptional(string? value, bool ignoreCase = false) => string.IsNullOrWhiteSpace(value) ? null : Parse(value, ignoreCase);

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && ((IgnoreCase && string.IsNullOrWhiteSpace(s)) || EnumNames.TryParse<TEnum>(s, out _, IgnoreCase)))
            ? ValidationResult.Success
            : JsonPaths.Error(context, $"'{value}' is not a {JsonPaths.NameOf(context)}: use one of {string.Join(", ", EnumNames.All<TEnum>())}.");
}

/// <summary>The values a <see cref="OneOfAttribute{TEnum}"/> accepts, for the OpenAPI schema.</summary>
internal interface IOneOf
{
    IEnumerable<string> Accepted { get; }
}

/// <summary>One of a fixed list of words, such as the formats a route can answer in (any case).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class AcceptedAttribute(params string[] values) : ValidationAttribute
{
    public IReadOnlyList<string> Values { get; } = values;

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && (s.Length == 0 || Values.Contains(s, StringComparer.OrdinalIgnoreCase)))
            ? ValidationResult.Success
            : JsonPaths.Error(context, $"'{value}' is not a {JsonPaths.NameOf(context)} here: use one of {string.Join(", ", Values)}.");
}

/// <summary>
/// A date as YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate). In a query string
/// (<see cref="BlankMeansNone"/>) an empty value means no date.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class PartialDateTextAttribute : ValidationAttribute
{
    public bool BlankMeansNone { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is null || (BlankMeansNone && value is string blank && string.IsNullOrWhiteSpace(blank)) || PartialDate.TryParse(value as string, out _, out var error))
        {
            return ValidationResult.Success;
        }

        return JsonPaths.Error(context,
            error.Contains("YYYY", StringComparison.Ordinal) ? error : error + " Write dates as YYYY, YYYY-MM or YYYY-MM-DD, with ~ appended if approximate.");
    }
}

/// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, given as text so a bad one is named rather than failing to bind.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class WholeNumberAttribute(int min, int max) : ValidationAttribute
{
    public static int? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : int.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture);

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && (string.IsNullOrWhiteSpace(s)
            || (int.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)))
            ? ValidationResult.Success
            : JsonPaths.Error(context, $"'{value}' is not a valid {JsonPaths.NameOf(context)}: use a whole number from {min} to {max}.");
}

/// <summary>Full-text input: anything goes, but it must hold a word to search for (and, if <see cref="Required"/>, be there).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class SearchTextAttribute : ValidationAttribute
{
    public bool Required { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        var name = JsonPaths.NameOf(context);
        if (value is not string s || string.IsNullOrWhiteSpace(s))
        {
            return Required ? JsonPaths.Error(context, $"{name} is required and needs at least one word (letters or digits) to search for.") : ValidationResult.Success;
        }

        return SearchWords.Any(s) ? ValidationResult.Success : JsonPaths.Error(context, SearchWords.NoWords(name, s));
    }
}

/// <summary>A slug: 2–80 lower-case letters, digits and single hyphens.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class SlugTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && Slug.IsValid(s))
            ? ValidationResult.Success
            : JsonPaths.Error(context, $"'{value}' is not a slug: use 2–{Slug.MaxLength} lower-case letters, digits and single hyphens (e.g. kim-jong-un).");
}
