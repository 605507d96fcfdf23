using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Makes the schemas say what the server really sends and accepts, so that generated clients (Kiota, NSwag) work:
/// enums are strings, fields left out when null are not required, and the write models' constraints
/// (accepted values, slugs, partial dates, required text that may not be null) are in the schema, not only in the server.
/// </summary>
internal sealed class OpenApiSchemas : IOpenApiSchemaTransformer
{
    private static readonly string SlugPattern = Domain.Common.Slug.PatternText;
    private static readonly string PartialDatePattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?~?$";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } || type.IsEnum)
        {
            // One component per enum, a string; a property that may be null says so where it refers to it.
            schema.Type = JsonSchemaType.String;
            return Task.CompletedTask;
        }

        if (type == typeof(JsonElement) || type == typeof(JsonElement?))
        {
            schema.Type = JsonSchemaType.Object | JsonSchemaType.Null;
            schema.Description ??= "The record as it was (before) or became (after), in the dataset bundle's format for its kind.";
            return Task.CompletedTask;
        }

        if (type == typeof(DateTime) || type == typeof(DateTime?))
        {
            // UtcDateTimeConverter hides the type from the schema exporter; it writes ISO 8601 with 'Z'.
            schema.Type = type == typeof(DateTime) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
            return Task.CompletedTask;
        }

        // The same type's schema may arrive first as a property of another (JsonPropertyInfo set); it is the one kept.
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        // The bundle is written with its own options, which leave out every null.
        var omitsNulls = type.Namespace == typeof(Domain.Data.Dataset.Bundle).Namespace
                         && Domain.Data.Dataset.Bundle.JsonOptions.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull;
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var found) || found is not OpenApiSchema field)
            {
                continue;
            }

            var attributes = property.AttributeProvider?.GetCustomAttributes(true) ?? [];
            if (attributes.OfType<JsonIgnoreAttribute>().Any(a => a.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
                || (omitsNulls && MayBeNull(field)))
            {
                schema.Required?.Remove(property.Name); // left out of the JSON when empty
            }

            Constrain(schema, property.Name, field, attributes);
        }

        return Task.CompletedTask;
    }

    private static bool MayBeNull(OpenApiSchema field) =>
        field.Type?.HasFlag(JsonSchemaType.Null) == true || field.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    private static void Constrain(OpenApiSchema owner, string name, OpenApiSchema field, object[] attributes)
    {
        if (attributes.OfType<RequiredAttribute>().Any() && field.Type is { } t)
        {
            field.Type = t & ~JsonSchemaType.Null; // [Required] refuses null, so a "valid" null would always be rejected
            (owner.Required ??= new HashSet<string>()).Add(name);
        }

        if (attributes.OfType<IOneOf>().FirstOrDefault() is { } oneOf)
        {
            field.Enum = [.. oneOf.Accepted.Select(v => (JsonNode)v)];
        }

        if (attributes.OfType<SlugTextAttribute>().Any())
        {
            Text(field).Pattern = SlugPattern;
            Text(field).MinLength = 2;
            Text(field).MaxLength = Domain.Common.Slug.MaxLength;
        }

        if (attributes.OfType<PartialDateTextAttribute>().Any())
        {
            Text(field).Pattern = PartialDatePattern;
        }
    }

    /// <summary>For a list of slugs the constraint belongs to its items.</summary>
    private static OpenApiSchema Text(OpenApiSchema field) => field.Items as OpenApiSchema ?? field;
}

/// <summary>Schema names that do not collide with a client library's own types.</summary>
internal static class OpenApiSchemaIds
{
    /// <summary>Types nested in <paramref name="outer"/> are named with a prefix (TimelineJs.Date becomes TimelineJsDate, not Date).</summary>
    public static OpenApiOptions AddSchemaIdsFor(this OpenApiOptions options, Type outer, string prefix)
    {
        var fallback = options.CreateSchemaReferenceId;
        options.CreateSchemaReferenceId = info => info.Type.DeclaringType == outer ? prefix + info.Type.Name : fallback(info);
        return options;
    }
}
