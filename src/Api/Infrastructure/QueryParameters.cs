// ValidationOptions.TryGetValidatableTypeInfo and ValidateContext are marked for evaluation (ASP0029) in .NET 10;
// they are exactly what AddValidation's endpoint filter calls, which is the point of calling them here.
#pragma warning disable ASP0029
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// The API's query-parameter records checked outside an endpoint, by the same generated validation the endpoints
/// run, so a page that builds its filter from them accepts and refuses exactly what the API does.
/// </summary>
public static class QueryParameters
{
    /// <summary>
    /// <paramref name="parameters"/> less every value the API would refuse, for a page that shows what it can rather
    /// than an error. Rules across fields run once each field is valid, so dropping one value can reveal another.
    /// </summary>
    public static async Task<T> UsableAsync<T>(T parameters, IServiceProvider services, CancellationToken ct) where T : class, IDroppableParameters<T>
    {
        for (var invalid = await InvalidAsync(parameters, services, ct); invalid.Count > 0; invalid = await InvalidAsync(parameters, services, ct))
        {
            var fewer = parameters.Without(invalid);
            if (fewer.Equals(parameters))
            {
                throw new InvalidOperationException($"{typeof(T).Name} cannot drop {string.Join(", ", invalid)}.");
            }

            parameters = fewer;
        }

        return parameters;
    }

    /// <summary>The parameters (by their query-string names) that fail validation; empty when all pass.</summary>
    public static async Task<IReadOnlyCollection<string>> InvalidAsync<T>(T parameters, IServiceProvider services, CancellationToken ct) where T : class
    {
        var options = services.GetRequiredService<IOptions<ValidationOptions>>().Value;
        if (!options.TryGetValidatableTypeInfo(typeof(T), out var type))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is not known to the validation generator: mark it [ValidatableType] or use it as an endpoint parameter.");
        }

        var context = new ValidateContext { ValidationOptions = options, ValidationContext = new ValidationContext(parameters, services, null) };
        await type.ValidateAsync(parameters, context, ct);
        return context.ValidationErrors is { Count: > 0 } errors ? [.. errors.Keys.Select(JsonPaths.Camel)] : [];
    }
}

/// <summary>Query parameters a page can do without one by one.</summary>
public interface IDroppableParameters<out TSelf>
{
    /// <summary>These parameters less the ones named as in the query string.</summary>
    TSelf Without(IReadOnlyCollection<string> names);
}
