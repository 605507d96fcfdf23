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
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            ValidationProblems.Shape(c);
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        // Bodies and [AsParameters] query records are checked by their DataAnnotations and IValidatableObject before
        // a handler runs; the validation generator finds them in this assembly's endpoints.
        services.AddValidation();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddNewsTreatyApiSecurity();
        services.AddNewsTreatyReadCache();
        // Binding failures (limit=many) become exceptions so the handler can say which parameter was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "NewsTreaty API";
            doc.Info.Description = "Claims, events, actors and articles of the Russia–North Korea treaty story, with evidence and corroboration.";
            return Task.CompletedTask;
        }).AddOperationTransformer<OpenApiDetails>().AddOperationTransformer<WriteOperationDocs>());
        return services;
    }

    public static RouteGroupBuilder MapNewsTreatyApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1");
        api.MapClaimEndpoints();
        api.MapEventEndpoints();
        api.MapActorEndpoints();
        api.MapArticleEndpoints();
        api.MapTimelineEndpoints();
        api.MapSearchEndpoints();
        api.MapDatasetEndpoints();
        api.MapKeyEndpoints();
        api.MapIngestionEndpoints();
        routes.MapOpenApi("/openapi/{documentName}.json");
        return api;
    }
}
