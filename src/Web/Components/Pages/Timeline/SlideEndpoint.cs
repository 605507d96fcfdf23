using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsTreaty.Web.Components.Pages.Timeline;

/// <summary>
/// One event's slide as an HTML fragment, for the timeline script to show in place: the same component and the
/// same filters (actor, kind) as the page at <c>/?event=slug</c>, which is where the fragment's links lead.
/// </summary>
internal static class SlideEndpoint
{
    public static void MapTimelineSlides(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/timeline/slides/{slug}", Slide).ExcludeFromDescription();

    private static async Task<Results<RazorComponentResult<TimelineSlide>, Microsoft.AspNetCore.Http.HttpResults.NotFound>> Slide(
        string slug, string? actor, string? kind, string? view, TimelineStory story, CancellationToken ct)
    {
        var state = await story.LoadAsync(actor, kind, view, slug, ct);
        if (state.Selected is null)
        {
            return TypedResults.NotFound();
        }

        return new RazorComponentResult<TimelineSlide>(new
        {
            Event = state.Selected,
            Quote = state.Quote,
            Previous = state.Neighbour(-1),
            Next = state.Neighbour(1),
            Position = state.Position >= 0 ? state.Position + 1 : (int?)null,
            Total = state.Shown.Events.Count,
            Href = (Func<string, string>)(s => state.Query.Href(s)),
            CloseHref = state.Query.Href(),
        });
    }
}
