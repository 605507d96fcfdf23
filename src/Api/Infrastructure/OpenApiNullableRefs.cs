using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Rewrites the two nullable references that generators misread. NSwag turns <c>oneOf: [null, $ref: SomeEnum]</c>
/// into an empty class (ActorKind2) that cannot hold "person", and <c>oneOf: [null, $ref: JsonElement]</c> likewise;
/// an inline <c>type: [string, null]</c> enum and a plain <c>type: [object, null]</c> say the same thing in
/// OpenAPI 3.1 and every generator reads them. Enum components also lose the <c>null</c> value that a nullable use
/// left in their list, since their type is string.
/// </summary>
internal sealed class OpenApiNullableRefs : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in components.Values.OfType<OpenApiSchema>())
        {
            if (schema.Enum is { Count: > 0 } values && schema.Type == JsonSchemaType.String)
            {
                schema.Enum = [.. values.Where(v => v is not null)];
            }

            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (Inline(property, components) is { } inline)
                {
                    schema.Properties![name] = inline;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema? Inline(IOpenApiSchema property, IDictionary<string, IOpenApiSchema> components)
    {
        if (property is not OpenApiSchema { OneOf: { Count: 2 } oneOf } || !oneOf.Any(s => s.Type == JsonSchemaType.Null)
            || oneOf.OfType<OpenApiSchemaReference>().SingleOrDefault() is not { } reference
            || reference.Reference.Id is not { } id || !components.TryGetValue(id, out var target))
        {
            return null;
        }

        if (target.Enum is { Count: > 0 } values)
        {
            return new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Enum = [.. values.Where(v => v is not null), null!],
                Description = property.Description ?? target.Description,
            };
        }

        return id == "JsonElement"
            ? new OpenApiSchema { Type = JsonSchemaType.Object | JsonSchemaType.Null, Description = property.Description ?? target.Description }
            : null;
    }
}
