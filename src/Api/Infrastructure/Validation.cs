using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Validates the DataAnnotations of a request body, including nested records and lists, and answers
/// 400 with field errors keyed by JSON path ("appearances[0].quote") before the handler runs.
/// </summary>
internal sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is not null && DataAnnotations.Validate(body) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, detail: "Some fields are missing or invalid; see 'errors'.",
                title: "The request has invalid fields", type: ProblemTypes.Validation);
        }

        return await next(context);
    }
}

internal static class DataAnnotations
{
    public static Dictionary<string, string[]> Validate(object root)
    {
        var errors = new Dictionary<string, List<string>>();
        Walk(root, "", errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Walk(object value, string path, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var key = Join(path, member.Length == 0 ? "" : JsonNamingPolicy.CamelCase.ConvertName(member));
                (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(result.ErrorMessage ?? "Invalid value.");
            }
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            switch (property.GetValue(value))
            {
                case string or null:
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsContract(item.GetType()))
                        {
                            Walk(item, $"{name}[{i}]", errors);
                        }

                        i++;
                    }

                    break;
                case { } nested when IsContract(nested.GetType()):
                    Walk(nested, name, errors);
                    break;
            }
        }
    }

    private static bool IsContract(Type type) => type.Namespace?.StartsWith("NewsTreaty.Api", StringComparison.Ordinal) == true;

    private static string Join(string path, string member) => path.Length == 0 ? member : member.Length == 0 ? path : path + "." + member;
}
