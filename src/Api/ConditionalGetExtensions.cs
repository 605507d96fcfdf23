using Microsoft.AspNetCore.Builder;
using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api;

public static class ConditionalGetExtensions
{
    /// <summary>ETags, 304s and Cache-Control for GET/HEAD under /api; see docs/api.md "Caching".</summary>
    public static IApplicationBuilder UseNewsTreatyConditionalGet(this IApplicationBuilder app) => app.UseMiddleware<ConditionalGet>();
}
