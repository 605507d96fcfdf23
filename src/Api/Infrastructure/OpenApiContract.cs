using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.OpenApi;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// The write contract a typed client needs: the two ways to send a key, which operations need one, If-Match on
/// writes that answer 428 without it, If-None-Match and ETag on reads, a schema on every problem response, and a
/// server URL that does not come from whichever Host header asked.
/// </summary>
internal sealed class OpenApiContract(IConfiguration configuration) : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string Bearer = "bearer";
    public const string ApiKey = "apiKey";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any() && document is not null)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, document)] = [] },
            ];
        }

        var responses = operation.Responses ??= [];
        var isRead = HttpMethods.IsGet(context.Description.HttpMethod ?? "GET");
        var path = "/" + (context.Description.RelativePath ?? "").TrimEnd('/');
        Problem(responses, "414", "The URL is longer than the server accepts (8 KB by default); shorten the query.");
        Problem(responses, "431", "The request's headers are larger than the server accepts.");
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Problem(responses, "429", "Too many requests from this client; the Retry-After header says when to try again.");
            Problem(responses, "503", "The database is unreachable or read-only for now; the Retry-After header says when to try again.");
        }

        if (operation.Security is { Count: > 0 })
        {
            Problem(responses, "401", "No API key, or one that is unknown or revoked: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
            Problem(responses, "403", "The key's role may not do this (readers read, editors write, admins manage keys and restore deletions).");
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            Problem(responses, "404", "Nothing has that id, slug or prefix.");
        }

        if (!isRead)
        {
            Problem(responses, "400", "The request breaks a rule of the data (for example a record others still refer to); 'detail' says which.");
            Problem(responses, "409", "The change conflicts with what is stored (a slug already taken, a record not deleted); 'detail' says which.");
        }

        if (isRead)
        {
            Header(operation, "If-None-Match", false, "An ETag from an earlier 200: the server answers 304 Not Modified while it is still current.");
        }
        else if (responses.ContainsKey("428"))
        {
            Header(operation, "If-Match", true, "The ETag from GET of this record (or of the last write's response): the write is refused with 412 if someone saved since.");
        }

        foreach (var (status, response) in responses)
        {
            if (status.StartsWith('2') && response is OpenApiResponse { Content.Count: > 0 } ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The representation's entity tag: send it as If-None-Match (reads) or If-Match (writes).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Relative to where the document is served unless the deployment names its public URL.
        document.Servers = [new OpenApiServer { Url = configuration["OpenApi:ServerUrl"] is { Length: > 0 } url ? url : "/" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key from `keys create` (or POST /api/v1/admin/keys) as `Authorization: Bearer <key>`.",
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "The same API key as an `X-Api-Key` header.",
        };

        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response.Content?.TryGetValue("application/problem+json", out var media) == true && media is OpenApiMediaType { Schema: null } problem)
                {
                    problem.Schema = new OpenApiSchemaReference(status == "400" ? "HttpValidationProblemDetails" : "ProblemDetails", document);
                }
            }
        }

        return Task.CompletedTask;
    }

    internal static void Problem(OpenApiResponses responses, string status, string description) =>
        responses.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        });

    private static void Header(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
