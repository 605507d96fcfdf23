using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsTreaty.Api.Infrastructure;

internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string resource, string key) =>
        TypedResults.Problem(
            detail: $"No {resource} has the id or slug '{key}'. List them at /api/v1/{resource}s.",
            statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
}
