using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>A kebab-case name of <typeparamref name="TEnum"/>; the error lists every accepted value.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OneOfAttribute<TEnum> : ValidationAttribute, IOneOf where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> Names =
        Enum.GetValues<TEnum>().ToDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

    public IEnumerable<string> Accepted => Names.Keys;

    public static TEnum Parse(string value) => Names[value];

    public static TEnum? ParseOptional(string? value) => value is null ? null : Names[value];

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && Names.ContainsKey(s))
            ? ValidationResult.Success
            : new ValidationResult($"'{value}' is not accepted; use one of: {string.Join(", ", Names.Keys)}.", [context.MemberName!]);
}

/// <summary>The values a <see cref="OneOfAttribute{TEnum}"/> accepts, for the OpenAPI schema.</summary>
internal interface IOneOf
{
    IEnumerable<string> Accepted { get; }
}

/// <summary>A date as YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PartialDateTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && PartialDate.TryParse(s, out _, out _))
            ? ValidationResult.Success
            : new ValidationResult(Explain(value as string), [context.MemberName!]);

    private static string Explain(string? value)
    {
        if (PartialDate.TryParse(value, out _, out var error))
        {
            return "";
        }

        return error.Contains("YYYY", StringComparison.Ordinal) ? error : error + " Write dates as YYYY, YYYY-MM or YYYY-MM-DD, with ~ appended if approximate.";
    }
}

/// <summary>A slug: 2–80 lower-case letters, digits and single hyphens.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SlugTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string s && Slug.IsValid(s))
            ? ValidationResult.Success
            : new ValidationResult($"'{value}' is not a slug: use 2–{Slug.MaxLength} lower-case letters, digits and single hyphens (e.g. kim-jong-un).", [context.MemberName!]);
}
