using NewsTreaty.Web.Components.Pages.Timeline;

namespace NewsTreaty.Web.Components;

/// <summary>The reader pages' services and the few endpoints their scripts fetch from.</summary>
internal static class ReaderRegistration
{
    public static IServiceCollection AddNewsTreatyReader(this IServiceCollection services) =>
        services.AddScoped<TimelineStory>();

    public static void MapNewsTreatyReader(this IEndpointRouteBuilder routes) => routes.MapTimelineSlides();
}
