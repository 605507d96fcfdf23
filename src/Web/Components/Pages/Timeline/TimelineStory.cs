using NewsTreaty.Api.Events;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Web.Components.Pages.Timeline;

/// <summary>
/// What the timeline shows for a URL: the bounded timeline, the events the filters keep, and the selected event
/// as a slide (its strongest quotation and its place in the story). The home page and the slide endpoint that the
/// timeline script fetches from both read it here, so a slide says the same thing either way.
/// </summary>
internal sealed class TimelineStory(TimelineQueries timelines, EventQueries events, EvidenceQueries evidence, IServiceProvider services)
{
    public sealed record State(
        ShownTimeline Bounded, TimelineView Shown, TimelineQuery Query, EventView? Selected, QuotationView? Quote, int Position)
    {
        public TimelineView Full => Bounded.Timeline;

        /// <summary>The event before or after the selected one among those shown (none when it is not among them).</summary>
        public EventSummaryView? Neighbour(int step) =>
            Position >= 0 && Position + step >= 0 && Position + step < Shown.Events.Count ? Shown.Events[Position + step] : null;
    }

    public async Task<State> LoadAsync(string? actorSlug, string? kindToken, string? view, string? eventSlug, CancellationToken ct)
    {
        var bounded = await timelines.ShownTimelineAsync(ct);
        // The events API's parameters and rules; an unknown kind is dropped rather than an error page.
        var asked = new EventQueryParameters(Actor: string.IsNullOrWhiteSpace(actorSlug) ? null : actorSlug, Kind: kindToken);
        var filter = (await QueryParameters.UsableAsync(asked, services, ct)).ToFilter();
        var query = new TimelineQuery(filter.Actor, filter.Kind is { } kind ? EnumNames.Of(kind) : null, view == "list", string.IsNullOrWhiteSpace(eventSlug) ? null : eventSlug);
        var shown = new TimelineFilter(filter.Actor, filter.Kind).Apply(bounded.Timeline);
        EventView? selected = null;
        QuotationView? quote = null;
        var position = -1;
        if (query.Event is not null && (selected = await events.GetAsync(query.Event, ct)) is not null)
        {
            var id = selected.Id;
            position = shown.Events.Select((e, i) => (e, i)).FirstOrDefault(x => x.e.Id == id, (null!, -1)).Item2;
            quote = await evidence.StrongestForEventAsync(id, ct);
        }

        return new State(bounded, shown, query, selected, quote, position);
    }
}
