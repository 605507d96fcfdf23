using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Timeline;

/// <summary>Events in date order with their eras; the API adds which importance it kept (null: all) and how many events there are.</summary>
public sealed record TimelineView(IReadOnlyList<EraView> Eras, IReadOnlyList<EventSummaryView> Events, DateOnly Start, DateOnly End)
{
    public int? MinImportance { get; init; }

    public int? TotalEvents { get; init; }
}

/// <summary>
/// The timeline as the page and the widget draw it: all of it, or (when <see cref="MinImportance"/> is set) only the
/// events of at least that importance, out of <see cref="TotalEvents"/>.
/// </summary>
public sealed record ShownTimeline(TimelineView Timeline, int? MinImportance, int TotalEvents);
