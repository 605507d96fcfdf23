using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Web.Components.Pages.Timeline;

namespace NewsTreaty.Web.Components;

/// <summary>The reader pages' services and the few endpoints their scripts fetch from.</summary>
internal static class ReaderRegistration
{
    public static IServiceCollection AddNewsTreatyReader(this IServiceCollection services) =>
        services.AddScoped<TimelineStory>().Configure<ReadCachePages>(pages =>
        {
            // Every reading page is the same for every anonymous reader, so the read cache keeps them like the API's
            // answers (evicted by any write). Not the desk (/editor), its circuit, Swagger UI or the health checks.
            pages.Paths.Add("/");
            pages.Prefixes.AddRange(
                ["/actors", "/articles", "/claims", "/coverage", "/embed-builder", "/events", "/outlets", "/search", "/timeline/slides", "/oembed"]);
        });

    public static void MapNewsTreatyReader(this IEndpointRouteBuilder routes) => routes.MapTimelineSlides();
}
