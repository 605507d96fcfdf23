using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Infrastructure.Auth;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>Authentication by API key, role policies, rate limits and request limits for the write API.</summary>
public static class ApiSecurity
{
    public static IServiceCollection AddNewsTreatyApiSecurity(this IServiceCollection services)
    {
        services.AddOptions<ApiLimitSettings>().BindConfiguration(ApiLimitSettings.Section);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<ApiKeyAuthenticationOptions>(ApiKeyAuthenticationHandler.SchemeName).BindConfiguration("Auth");
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiRoles.Reader, p => p.RequireRole(ApiRoles.Reader))
            .AddPolicy(ApiRoles.Editor, p => p.RequireRole(ApiRoles.Editor))
            .AddPolicy(ApiRoles.Admin, p => p.RequireRole(ApiRoles.Admin));
        services.AddApiRateLimiting();
        services.AddOptions<ThrottleSettings>().BindConfiguration(ThrottleSettings.Section);
        services.AddSingleton<CredentialThrottles>();
        services.AddCors();
        services.AddSingleton<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider, CrossOrigin>();
        return services;
    }

    /// <summary>Call after UseRouting: the rate limiter partitions by the authenticated key, the guard runs only for requests that are allowed.</summary>
    public static IApplicationBuilder UseNewsTreatyApiSecurity(this IApplicationBuilder app) =>
        app.UseCors()
            .UseAuthentication()
            .UseRateLimiter()
            .UseAuthorization()
            .UseMiddleware<WriteRequestGuard>();
}
