using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Actors;
using NewsTreaty.Api.Admin;
using NewsTreaty.Api.Articles;
using NewsTreaty.Api.Claims;
using NewsTreaty.Api.Dataset;
using NewsTreaty.Api.Events;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Ingestion;
using NewsTreaty.Api.Outlets;
using NewsTreaty.Api.Search;
using NewsTreaty.Api.Timeline;

namespace NewsTreaty.Api;

public static class NewsTreatyApi
{
    public static IServiceCollection AddNewsTreatyApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            o.SerializerOptions.Converters.Add(new UtcDateTimeConverter());
            // Numbers are numbers: the web default (also read from strings) makes every integer "integer or string" in
            // the OpenAPI schema, which typed client generators turn into unions.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            ValidationProblems.Shape(c);
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
            if (c.ProblemDetails.Status == StatusCodes.Status500InternalServerError
                && (c.ProblemDetails.Type is null || c.ProblemDetails.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal)))
            {
                // The framework's generic 500 becomes our documented one, with the id that finds the logged exception.
                c.ProblemDetails.Type = ProblemTypes.ServerError;
                c.ProblemDetails.Title = "Something went wrong on the server";
                c.ProblemDetails.Detail = $"The error was logged with trace id {c.HttpContext.TraceIdentifier}. Try again; if it keeps happening, report that id.";
            }
        });
        // Bodies and [AsParameters] query records are checked by their DataAnnotations and IValidatableObject before
        // a handler runs; the validation generator finds them in this assembly's endpoints.
        services.AddValidation();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddNewsTreatyApiSecurity();
        services.AddOptions<Formats.FactCheckSettings>().BindConfiguration(Formats.FactCheckSettings.Section);
        services.AddNewsTreatyReadCache();
        // Binding failures (limit=many) become exceptions so the handler can say which parameter was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.AddSchemaIdsFor(typeof(Formats.TimelineJs), "TimelineJs").AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "NewsTreaty API";
            doc.Info.Description = "Claims, events, actors and articles of the Russia–North Korea treaty story, with evidence and corroboration.";
            return Task.CompletedTask;
        }).AddOperationTransformer<OpenApiDetails>().AddOperationTransformer<WriteOperationDocs>()
            .AddOperationTransformer<OpenApiContract>().AddDocumentTransformer<OpenApiContract>().AddDocumentTransformer<OpenApiNullableRefs>().AddSchemaTransformer<OpenApiSchemas>());
        return services;
    }

    public static RouteGroupBuilder MapNewsTreatyApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1");
        api.MapClaimEndpoints();
        api.MapEventEndpoints();
        api.MapActorEndpoints();
        api.MapArticleEndpoints();
        api.MapOutletEndpoints();
        api.MapTimelineEndpoints();
        api.MapSearchEndpoints();
        api.MapDatasetEndpoints();
        api.MapKeyEndpoints();
        api.MapIngestionEndpoints();
        routes.MapOpenApi("/openapi/{documentName}.json");
        return api;
    }
}
