using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Timeline;

/// <summary>The timeline's filters (actor slug, event kind), applied to the one cached-size timeline every page starts from.</summary>
public sealed record TimelineFilter(string? Actor, EventKind? Kind)
{
    public bool IsEmpty => Actor is null && Kind is null;

    /// <summary>Keeps the whole story's span so a filtered axis stays comparable with the unfiltered one.</summary>
    public TimelineView Apply(TimelineView timeline) => IsEmpty ? timeline : timeline with
    {
        Events = timeline.Events
            .Where(e => Kind is null || e.Kind == Kind)
            .Where(e => Actor is null || e.Actors.Any(a => a.Actor.Slug == Actor))
            .ToList(),
    };

    /// <summary>Actors that take part in at least one event, most active first: the choices a filter can offer.</summary>
    public static IReadOnlyList<FacetView<ActorRef>> ActorFacets(TimelineView timeline) =>
        timeline.Events.SelectMany(e => e.Actors.Select(a => a.Actor).DistinctBy(a => a.Id))
            .GroupBy(a => a.Id)
            .Select(g => new FacetView<ActorRef>(g.First(), g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<FacetView<EventKind>> KindFacets(TimelineView timeline) =>
        timeline.Events.GroupBy(e => e.Kind).Select(g => new FacetView<EventKind>(g.Key, g.Count()))
            .OrderBy(f => f.Value).ToList();
}

public sealed record FacetView<T>(T Value, int Count);
