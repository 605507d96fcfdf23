using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Web.Embeds;

/// <summary>A date range of the timeline widget: from the start of <c>from</c> to the end of <c>to</c>, either open.</summary>
internal readonly record struct TimelineSlice(PartialDate? From, PartialDate? To)
{
    public static TimelineSlice? Parse(string? from, string? to)
    {
        PartialDate? start = null, end = null;
        if ((!string.IsNullOrEmpty(from) && !PartialDate.TryParse(from, out start)) || (!string.IsNullOrEmpty(to) && !PartialDate.TryParse(to, out end)))
        {
            return null;
        }

        return new TimelineSlice(start, end);
    }

    /// <summary>An event belongs to the slice when any part of its span overlaps the range.</summary>
    public bool Contains(EventSummaryView e) =>
        (From is null || (e.EndDate ?? e.Date).End >= From.Start) && (To is null || e.Date.Start <= To.End);

    public string Describe(IReadOnlyList<EventSummaryView> shown)
    {
        var first = From?.Year ?? (shown.Count > 0 ? shown.Min(e => e.Date.Start.Year) : 1961);
        var last = To?.Year ?? (shown.Count > 0 ? shown.Max(e => (e.EndDate ?? e.Date).End.Year) : 2024);
        return first == last ? $"{first}" : $"{first}–{last}";
    }
}
