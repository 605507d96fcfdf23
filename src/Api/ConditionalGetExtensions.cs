using Microsoft.AspNetCore.Builder;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api;

public static class ConditionalGetExtensions
{
    /// <summary>HEAD as GET without a body under /api and /embed; call before the steps that buffer and tag responses.</summary>
    public static IApplicationBuilder UseNewsTreatyHeadAsGet(this IApplicationBuilder app) => app.UseMiddleware<HeadAsGet>();

    /// <summary>304s and Cache-Control for GET under /api; see docs/api.md "Caching and revalidation".</summary>
    public static IApplicationBuilder UseNewsTreatyConditionalGet(this IApplicationBuilder app) => app.UseMiddleware<ConditionalGet>();
}
