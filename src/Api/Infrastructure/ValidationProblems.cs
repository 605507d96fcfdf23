using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Gives the 400s that AddValidation's endpoint filter writes the shape every other API problem has: the stable
/// validation type, a title and detail for people, and each error keyed by the field as the client wrote it
/// (camelCase JSON paths such as "appearances[0].quote", query-string names such as "minSources"); the filter
/// itself keys them by C# property path.
/// </summary>
internal static class ValidationProblems
{
    public static void Shape(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails problem
            || problem.Type?.StartsWith(ProblemTypes.Base, StringComparison.Ordinal) == true
            || !context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        var query = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method);
        problem.Type = ProblemTypes.Validation;
        problem.Title = query ? "Some query parameters are invalid" : "The request has invalid fields";
        problem.Detail = query ? "Fix the query parameters listed in 'errors' and try again." : "Some fields are missing or invalid; see 'errors'.";
        problem.Errors = problem.Errors.GroupBy(e => JsonPaths.Camel(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);
    }
}
