using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Time;

/// <summary>Counted spans of time: "two weeks ago", "a year earlier", "24 years", "for forty years".</summary>
internal static class Counts
{
    public static Resolution Ago(TimeCandidate c, Reference? r)
    {
        var unit = Unit(c.Group("u"));
        var count = Calendar.Number(c.Group("n"));
        if (r is null || !r.Knows(Needed(unit)))
        {
            return Resolution.Unresolved(TimeKind.Relative, "needs the article's date");
        }

        if (count is null)
        {
            return Resolution.Unresolved(TimeKind.Relative, "a vague count (\"a few\", \"several\")");
        }

        var modifier = c.Group("mod").Trim().ToLowerInvariant();
        var point = Back(r.Day, unit, count.Value);
        if (point is null)
        {
            return Resolution.Unresolved(TimeKind.Relative, "outside the calendar");
        }

        // "under a year ago": somewhere between that point and the article's date.
        if (modifier is "under" or "less than" or "barely")
        {
            return new(TimeKind.Relative, AtPrecision(point.Value, unit, true), Calendar.OfMonth(r.Day.Year, r.Day.Month, true), 0.6, "within that span before the article's date");
        }

        return new(TimeKind.Relative, AtPrecision(point.Value, unit, approximate: unit != "day" || modifier.Length > 0 || r.Approximate), null, 0.7);
    }

    /// <summary>"a year earlier", "six years away", "months earlier": counted from the date the text just gave.</summary>
    public static Resolution Offset(TimeCandidate c, PartialDate? anchor, Clause clause)
    {
        var direction = c.Group("dir").ToLowerInvariant();
        if (direction is "before" or "after")
        {
            // "two years after 2010" counts from that year; "four decades after the line closed" from an event.
            var year = TimePatterns.YearAfter().Match(clause.After);
            if (!year.Success)
            {
                return Resolution.Unresolved(TimeKind.Duration, "counted from an event, not a date");
            }

            anchor = Calendar.OfYear(int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (anchor is null)
        {
            return Resolution.Unresolved(TimeKind.Relative, "no date earlier in the paragraph to count from");
        }

        var unit = Unit(c.Group("u"));
        var sign = direction is "earlier" or "before" ? -1 : 1;
        var count = c.Has("n") ? Calendar.Number(c.Group("n")) : null;
        if (count is null)
        {
            // "months earlier" than 2014: still 2014 or the year before; say the anchor's year, approximately.
            return new(TimeKind.Relative, Calendar.OfYear(anchor.Year, true), null, 0.4, "an unstated number of " + unit + "s from " + anchor);
        }

        var start = anchor.Start;
        var moved = sign < 0 ? Back(start, unit, count.Value) : Forward(start, unit, count.Value);
        if (moved is null)
        {
            return Resolution.Unresolved(TimeKind.Relative, "outside the calendar");
        }

        var precision = Coarser(anchor.Precision, Needed(unit));
        return new(TimeKind.Relative, AtPrecision(moved.Value, precision, anchor.Approximate || unit is "decade" or "century"), null, 0.6, "counted from " + anchor);
    }

    public static Resolution Anaphoric(TimeCandidate c, PartialDate? anchor)
    {
        if (anchor is null)
        {
            return Resolution.Unresolved(TimeKind.Relative, "no date earlier in the paragraph to refer to");
        }

        var step = c.Group("rel").ToLowerInvariant() switch { "following" => 1, "previous" => -1, _ => 0 };
        return c.Group("u").Equals("year", StringComparison.OrdinalIgnoreCase)
            ? new(TimeKind.Relative, Calendar.OfYear(anchor.Year + step, anchor.Approximate), null, 0.6, "counted from " + anchor)
            : anchor.Precision >= DatePrecision.Month
                ? new(TimeKind.Relative, Calendar.OfMonth(Calendar.AddMonths(anchor.Year, anchor.Month, step).Year, Calendar.AddMonths(anchor.Year, anchor.Month, step).Month, anchor.Approximate), null, 0.6)
                : Resolution.Unresolved(TimeKind.Relative, "the date referred to has no month");
    }

    /// <summary>
    /// A length of time leads to a date only when the words count back from now ("first visit in 24 years", "have
    /// asked for forty years", "75 years of relations", "the past two years") or ahead ("in two years' time",
    /// "within five years", "the next two days"); otherwise it is a length and nothing more.
    /// </summary>
    public static Resolution Duration(TimeCandidate c, Reference? r, Clause clause)
    {
        var unit = Unit(c.Group("u"));
        var count = Calendar.Number(c.Group("n"));
        var before = clause.Before.TrimEnd();
        var lastWord = before.Length == 0 ? "" : before[(before.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        var after = clause.After.TrimStart();
        var ahead = lastWord is "within" or "next" || after.StartsWith("time", StringComparison.Ordinal) || after.StartsWith('\'') && after.Contains("time", StringComparison.Ordinal)
            || (lastWord == "in" && clause.Future && !TimePatterns.LookBackCue().IsMatch(before));
        var back = !ahead && (lastWord is "past" or "last" or "over"
            || (lastWord == "in" && TimePatterns.LookBackCue().IsMatch(before))
            || (lastWord == "for" && TimePatterns.PresentPerfect().IsMatch(before))
            || after.StartsWith("of ", StringComparison.Ordinal));
        if (unit is "hour" or "minute" || !(ahead || back))
        {
            return Resolution.Unresolved(TimeKind.Duration, "a length of time, not a date");
        }

        if (r is null || !r.Knows(Needed(unit)))
        {
            return Resolution.Unresolved(TimeKind.Duration, "needs the article's date");
        }

        if (count is null or 0)
        {
            return Resolution.Unresolved(TimeKind.Duration, count is null ? "a vague count" : "no length at all");
        }

        var point = ahead ? Forward(r.Day, unit, count.Value) : Back(r.Day, unit, count.Value);
        if (point is null)
        {
            return Resolution.Unresolved(TimeKind.Duration, "outside the calendar");
        }

        if (lastWord is "next" && unit == "day")
        {
            var next = Calendar.AddDays(r.Day, 1);
            return next is null ? Resolution.Unresolved(TimeKind.Duration, "outside the calendar")
                : new(TimeKind.Duration, Calendar.OfDay(next.Value, r.Approximate), Calendar.OfDay(point.Value, r.Approximate), 0.6, "the days after the article's date");
        }

        return new(TimeKind.Duration, AtPrecision(point.Value, unit, true), null, 0.5, ahead ? "that long after the article's date" : "that long before the article's date");
    }

    private static string Unit(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.StartsWith("centur", StringComparison.Ordinal) ? "century" : lower.TrimEnd('s');
    }

    private static DatePrecision Needed(string unit) => unit switch
    {
        "day" or "week" => DatePrecision.Day,
        "month" => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static DatePrecision Coarser(DatePrecision a, DatePrecision b) => a < b ? a : b;

    private static DateOnly? Back(DateOnly from, string unit, int count) => Move(from, unit, -count);

    private static DateOnly? Forward(DateOnly from, string unit, int count) => Move(from, unit, count);

    private static DateOnly? Move(DateOnly from, string unit, int count)
    {
        try
        {
            return unit switch
            {
                "day" => from.AddDays(count),
                "week" => from.AddDays(7 * count),
                "month" => from.AddMonths(count),
                "year" => from.AddYears(count),
                "decade" => from.AddYears(10 * count),
                _ => from.AddYears(100 * count),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static PartialDate? AtPrecision(DateOnly day, string unit, bool approximate) => AtPrecision(day, Needed(unit), approximate);

    private static PartialDate? AtPrecision(DateOnly day, DatePrecision precision, bool approximate) => precision switch
    {
        DatePrecision.Day => Calendar.OfDay(day, approximate),
        DatePrecision.Month => Calendar.OfMonth(day.Year, day.Month, approximate),
        _ => Calendar.OfYear(day.Year, approximate),
    };
}

/// <summary>The words around a candidate in its sentence, and whether the sentence looks ahead.</summary>
internal sealed record Clause(string Before, string After, bool Future);
