using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>Field names as clients write them: camelCase JSON paths ("appearances[0].quote") and query-string names ("minSources").</summary>
internal static class JsonPaths
{
    /// <summary>"Appearances[0].Quote" → "appearances[0].quote".</summary>
    public static string Camel(string path) => string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>The name of the field a validation attribute is checking.</summary>
    public static string NameOf(ValidationContext context) => Camel(context.MemberName ?? context.DisplayName);

    /// <summary>A validation failure of the field being checked.</summary>
    public static ValidationResult Error(ValidationContext context, string message) => new(message, context.MemberName is { } member ? [member] : []);
}
