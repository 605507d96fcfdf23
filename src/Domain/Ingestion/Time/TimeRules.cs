using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Time;

/// <summary>
/// Resolves one candidate against the article's reference date. Rules, in short: an explicit year is absolute;
/// a month or day without a year is the most recent one on or before the reference date, or the next one when the
/// clause looks ahead ("will", "would", "due", "until", "from"...); "last X" is strictly before, "next X" strictly
/// after; counts ("24 years", "months earlier") are approximate at the unit's precision; nothing is resolved that
/// the reference date cannot support (an undated article resolves only its absolute dates).
/// </summary>
internal static class TimeRules
{
    public static Resolution Resolve(TimeCandidate c, Reference? r, PartialDate? anchor, Clause clause) => c.Family switch
    {
        Family.FullDate => FullDate(c),
        Family.NumericDate => Absolute(Calendar.OfDay(int.Parse(c.Group("y"), Invariant), int.Parse(c.Group("mm"), Invariant), int.Parse(c.Group("dd"), Invariant))),
        Family.DayMonth => DayMonth(c, r, clause),
        Family.MonthYear => Absolute(Calendar.OfMonth(int.Parse(c.Group("y"), Invariant), Calendar.Month(c.Group("m")), c.Has("mod"))),
        Family.MonthAlone or Family.MonthPosition => MonthOnly(Calendar.Month(c.Group("m")), null, r, clause),
        Family.RelativeMonth => MonthOnly(Calendar.Month(c.Group("m")), c.Group("rel").ToLowerInvariant(), r, clause),
        Family.Year => Year(c),
        Family.Decade => Decade(c),
        Family.Weekday => Weekday(c, r, clause),
        Family.Deictic => Deictic(c, r),
        Family.RelativeUnit => RelativeUnits.Resolve(c.Group("rel").ToLowerInvariant(), c.Group("u").ToLowerInvariant(), r),
        Family.SeasonYear => Season(int.Parse(c.Group("y"), Invariant), c.Group("s")),
        Family.UnitPosition => RelativeUnits.Position(c.Group("pos").ToLowerInvariant(), c.Group("rel").ToLowerInvariant(), c.Group("u").ToLowerInvariant(), r),
        Family.Ago => Counts.Ago(c, r),
        Family.Offset => Counts.Offset(c, anchor, clause),
        Family.Anaphoric => Counts.Anaphoric(c, anchor),
        _ => Counts.Duration(c, r, clause),
    };

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static Resolution Absolute(PartialDate? date, PartialDate? end = null) =>
        date is null ? Resolution.Unresolved(TimeKind.Absolute, "not a calendar date") : new(TimeKind.Absolute, date, end, 0.95);

    private static Resolution FullDate(TimeCandidate c)
    {
        var year = int.Parse(c.Group("y"), Invariant);
        var month = Calendar.Month(c.Group("m"));
        var date = Calendar.OfDay(year, month, Calendar.Day(c.Group("d")));
        return Absolute(date, c.Has("d2") ? Calendar.OfDay(year, month, Calendar.Day(c.Group("d2"))) : null);
    }

    private static Resolution DayMonth(TimeCandidate c, Reference? r, Clause clause)
    {
        var month = Calendar.Month(c.Group("m"));
        var day = Calendar.Day(c.Group("d"));
        if (r is null || !r.Knows(DatePrecision.Month))
        {
            return Resolution.Unresolved(TimeKind.Relative, "no year given and the article's date is unknown");
        }

        var year = r.Day.Year;
        var candidate = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        if (clause.Future && candidate < r.Day)
        {
            year++;
        }
        else if (!clause.Future && candidate > r.Day)
        {
            year--;
        }

        var date = Calendar.OfDay(year, month, day, r.Approximate);
        var end = c.Has("d2") ? Calendar.OfDay(year, month, Calendar.Day(c.Group("d2")), r.Approximate) : null;
        return date is null
            ? Resolution.Unresolved(TimeKind.Relative, "not a calendar date")
            : new(TimeKind.Relative, date, end, r.Approximate ? 0.5 : 0.85, clause.Future ? "the next such date (the clause looks ahead)" : "the most recent such date");
    }

    /// <summary>A month without a year: the most recent (or, looking ahead, the next) such month.</summary>
    public static Resolution MonthOnly(int month, string? rel, Reference? r, Clause clause)
    {
        if (r is null || !r.Knows(DatePrecision.Month))
        {
            return Resolution.Unresolved(TimeKind.Relative, "no year given and the article's date is unknown");
        }

        var current = r.Day.Month;
        var year = r.Day.Year;
        year += rel switch
        {
            "last" => month < current ? 0 : -1,
            "next" => month > current ? 0 : 1,
            "this" => 0,
            _ when clause.Future => month >= current ? 0 : 1,
            _ => month <= current ? 0 : -1,
        };
        return new(TimeKind.Relative, Calendar.OfMonth(year, month, r.Approximate && r.Precision == DatePrecision.Month), null, r.Approximate ? 0.5 : 0.8,
            rel is null ? (clause.Future ? "the next such month (the clause looks ahead)" : "the most recent such month") : null);
    }

    private static Resolution Year(TimeCandidate c)
    {
        var year = int.Parse(c.Group("y"), Invariant);
        if (!c.Has("y2"))
        {
            return Absolute(Calendar.OfYear(year));
        }

        var second = c.Group("y2");
        var end = second.Length == 2 ? (year / 100 * 100) + int.Parse(second, Invariant) : int.Parse(second, Invariant);
        return end > year ? Absolute(Calendar.OfYear(year), Calendar.OfYear(end)) : Absolute(Calendar.OfYear(year));
    }

    private static Resolution Decade(TimeCandidate c)
    {
        var start = int.Parse(c.Group("dec"), Invariant);
        var (from, to) = c.Group("mod").ToLowerInvariant() switch
        {
            "early" => (start, start + 3),
            "mid" => (start + 3, start + 6),
            "late" => (start + 6, start + 9),
            _ => (start, start + 9),
        };
        var approximate = c.Has("mod");
        return Absolute(Calendar.OfYear(from, approximate), Calendar.OfYear(to, approximate));
    }

    private static Resolution Weekday(TimeCandidate c, Reference? r, Clause clause)
    {
        if (r is null || !r.Knows(DatePrecision.Day))
        {
            return Resolution.Unresolved(TimeKind.Relative, "a weekday needs the article's day");
        }

        var target = (int)Calendar.Weekday(c.Group("w"));
        var today = (int)r.Day.DayOfWeek;
        var back = (today - target + 7) % 7;
        var ahead = (target - today + 7) % 7;
        var offset = c.Group("rel").ToLowerInvariant() switch
        {
            "last" or "past" => back == 0 ? -7 : -back,
            "next" or "coming" => ahead == 0 ? 7 : ahead,
            // Same Monday-to-Sunday week as the article.
            "this" => ((target + 6) % 7) - ((today + 6) % 7),
            _ when clause.Future => ahead,
            _ => -back,
        };
        var day = Calendar.AddDays(r.Day, offset);
        return day is null ? Resolution.Unresolved(TimeKind.Relative, "outside the calendar")
            : new(TimeKind.Relative, Calendar.OfDay(day.Value, r.Approximate), null, r.Approximate ? 0.5 : 0.85);
    }

    private static Resolution Deictic(TimeCandidate c, Reference? r)
    {
        if (r is null || !r.Knows(DatePrecision.Day))
        {
            return Resolution.Unresolved(TimeKind.Relative, "needs the article's day");
        }

        var word = c.Group("w").ToLowerInvariant();
        var offset = word switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ when word.StartsWith("last", StringComparison.Ordinal) => -1,
            _ => 0,
        };
        var day = Calendar.AddDays(r.Day, offset);
        return day is null ? Resolution.Unresolved(TimeKind.Relative, "outside the calendar")
            : new(TimeKind.Relative, Calendar.OfDay(day.Value, r.Approximate), null, r.Approximate ? 0.5 : 0.85);
    }

    public static Resolution Season(int year, string season)
    {
        var first = Calendar.SeasonStart(season);
        var start = Calendar.OfMonth(year, first, approximate: true);
        var (endYear, endMonth) = Calendar.AddMonths(year, first, 2);
        return new(TimeKind.Absolute, start, Calendar.OfMonth(endYear, endMonth, approximate: true), 0.7, "seasons read as the northern hemisphere's");
    }
}
