using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Turns domain errors into RFC 9457 problem details, and a lost or read-only database into a 503 with Retry-After
/// on every path (the host reconnects by itself); everything else is left to the default 500 handler.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>What a client is told to wait after a database outage: about how long a restarted server takes to accept connections.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailure.Classify(exception) is { } outage)
        {
            return await ServiceUnavailableAsync(httpContext, exception, outage);
        }

        var details = exception switch
        {
            NotFoundException nf => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Type = ProblemTypes.NotFound,
                Title = "Not found",
                Detail = nf.Message,
            },
            BundleException be => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidBundle,
                Title = "The bundle was rejected",
                Detail = be.Message,
                Extensions = { ["problems"] = be.Problems },
            },
            RecordRejectedException rr => new HttpValidationProblemDetails(rr.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.Validation,
                Title = "The record breaks a rule",
                Detail = rr.Message,
            },
            IngestionInputException input => new ProblemDetails
            {
                Status = input.Status,
                Type = input.Status switch
                {
                    StatusCodes.Status413PayloadTooLarge => ProblemTypes.PayloadTooLarge,
                    StatusCodes.Status422UnprocessableEntity => ProblemTypes.UnprocessableContent,
                    _ => ProblemTypes.BadRequest,
                },
                Title = input.Title,
                Detail = input.Message,
            },
            StaleReviewException stale => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Type = ProblemTypes.PreconditionFailed,
                Title = "The review has changed",
                Detail = stale.Message,
            },
            StaleRevisionException stale => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Type = ProblemTypes.PreconditionFailed,
                Title = "The record has changed",
                Detail = stale.Message,
            },
            ConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.Conflict,
                Title = "The change conflicts with stored records",
                Detail = conflict.Message,
            },
            DomainException de => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.BadRequest,
                Title = "The request cannot be carried out",
                Detail = de.Message,
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Type = bad.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => ProblemTypes.PayloadTooLarge,
                    StatusCodes.Status415UnsupportedMediaType => ProblemTypes.UnsupportedMediaType,
                    _ => ProblemTypes.BadRequest,
                },
                Title = "The request is malformed",
                Detail = bad.Message,
            },
            _ => null,
        };
        if (details is null || !httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private async ValueTask<bool> ServiceUnavailableAsync(HttpContext httpContext, Exception exception, DatabaseOutage outage)
    {
        var request = httpContext.Request;
        logger.LogError("Database unavailable while answering {Method} {Path}: {Reason} ({Error})", request.Method, request.Path.Value, outage.Reason, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = ProblemTypes.ServiceUnavailable,
            Title = outage.WritesOnly ? "Changes cannot be stored right now" : "The database is unavailable",
            Detail = outage.WritesOnly
                ? $"Nothing was changed: {outage.Reason}. Reads still work; retry the change after {RetryAfterSeconds} s or once an operator has fixed the storage."
                : $"Nothing was changed: {outage.Reason}. The server reconnects by itself when the database is back; retry after {RetryAfterSeconds} s.",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
