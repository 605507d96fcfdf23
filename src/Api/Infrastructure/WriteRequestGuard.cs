using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Turns away write requests to /api whose body is too large (413) or of a type the endpoint does not read (415) before
/// anything reads them, with problem details saying what is accepted.
/// </summary>
internal sealed class WriteRequestGuard(RequestDelegate next, IOptions<ApiLimitSettings> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || !(HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
        {
            await next(context);
            return;
        }

        var limit = request.Path.StartsWithSegments("/api/v1/import") ? options.Value.ImportBodyBytes
            : request.Path.StartsWithSegments("/api/v1/ingest") ? options.Value.IngestBodyBytes
            : options.Value.RecordBodyBytes;
        if (request.ContentLength > limit)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "The request body is too large",
                $"The body is {request.ContentLength} bytes; this endpoint accepts at most {limit} bytes.");
            return;
        }

        // JSON unless the endpoint declares other media types it reads itself (POST /api/v1/ingest takes text and HTML too).
        var accepted = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } declared
                       && declared.Any(t => !IsJson(t))
            ? declared
            : null;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !(IsJson(request.ContentType) || (accepted is not null && IsOneOf(request.ContentType, accepted))))
        {
            var expected = accepted is null ? "send JSON with 'Content-Type: application/json'" : "send one of " + string.Join(", ", accepted);
            await RejectAsync(context, StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported content type",
                $"The body is '{request.ContentType ?? "(no Content-Type)"}'; {expected}.");
            return;
        }

        // Bodies without a declared length (chunked) are cut off by the server at the same limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        await next(context);
    }

    private static bool IsOneOf(string? contentType, IReadOnlyList<string> accepted) =>
        contentType is not null && accepted.Any(a => string.Equals(contentType.Split(';')[0].Trim(), a, StringComparison.OrdinalIgnoreCase));

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private async Task RejectAsync(HttpContext context, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }
}
