using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Documents what every write can answer besides success: authentication and role problems, rate
/// limits, body limits, and the If-Match preconditions on changes to an existing record.
/// </summary>
internal sealed class WriteOperationDocs : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod ?? "GET";
        var responses = operation.Responses;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || responses is null)
        {
            return Task.CompletedTask;
        }

        var path = "/" + (context.Description.RelativePath ?? "").TrimEnd('/');
        Problem(responses, "401", "No API key, or one that is unknown or revoked: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
        Problem(responses, "403", "The key's role may not do this (readers read, editors write, admins manage keys and restore deletions).");
        Problem(responses, "429", "Too many requests from this client; the Retry-After header says when to try again.");
        if (HttpMethods.IsPost(method) || HttpMethods.IsPut(method))
        {
            Problem(responses, "400", "The body failed validation; 'errors' lists each field and what is accepted.");
            Problem(responses, "413", "The body is larger than the configured limit.");
            Problem(responses, "415", "The body is not JSON: send Content-Type: application/json.");
        }

        if (path.Contains("{key}", StringComparison.Ordinal))
        {
            Problem(responses, "404", "No record has that id or slug.");
        }

        var changesRecord = path.Contains("{key}", StringComparison.Ordinal) && !path.EndsWith("/restore", StringComparison.Ordinal)
                            && !path.StartsWith("/api/v1/admin", StringComparison.Ordinal);
        if (changesRecord)
        {
            Problem(responses, "412", "The If-Match ETag is stale: someone saved a newer version; nothing was changed. GET the record again.");
            Problem(responses, "428", "If-Match is required: send the ETag from GET of this record so a newer version is never overwritten.");
        }

        return Task.CompletedTask;
    }

    private static void Problem(OpenApiResponses responses, string status, string description) => OpenApiContract.Problem(responses, status, description);
}
