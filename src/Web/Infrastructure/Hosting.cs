using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using NewsTreaty.Domain.Data;
using NewsTreaty.Web.Infrastructure.MultiHost;

namespace NewsTreaty.Web.Infrastructure;

internal static class Hosting
{
    public static DatabaseSettings ReadDatabaseSettings(IConfiguration configuration) =>
        DatabaseSettings.From(configuration["Database:Provider"], configuration.GetConnectionString(DatabaseSettings.ConnectionStringName));

    public static void AddNewsTreatyData(this WebApplicationBuilder builder) =>
        builder.Services.AddNewsTreatyData(ReadDatabaseSettings(builder.Configuration).Identified());

    public static void AddNewsTreatyHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddDbContextCheck<NewsTreatyDbContext>("database", tags: ["ready"]);

    public static void MapNewsTreatyHealthChecks(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Health");
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).WithTags("Health");
    }

    /// <summary>API clients get problem details for bare status codes; people get the HTML "not found" page.</summary>
    public static void UseNewsTreatyStatusPages(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
    }

    public static void MapApiDocs(this WebApplication app) =>
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint("/openapi/v1.json", "NewsTreaty API v1");
            o.DocumentTitle = "NewsTreaty API";
        });
}
