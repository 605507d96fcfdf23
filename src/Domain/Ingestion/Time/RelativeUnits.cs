using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Time;

/// <summary>"last week", "this year", "next spring", "the end of the decade": whole units around the reference date.</summary>
internal static class RelativeUnits
{
    public static Resolution Resolve(string rel, string unit, Reference? r)
    {
        var step = rel switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" or "following" => 1,
            _ => 0,
        };
        var needed = unit is "week" or "weekend" ? DatePrecision.Day : unit == "month" ? DatePrecision.Month : DatePrecision.Year;
        if (unit is "spring" or "summer" or "autumn" or "fall" or "winter")
        {
            needed = DatePrecision.Month;
        }

        if (r is null || !r.Knows(needed))
        {
            return Resolution.Unresolved(TimeKind.Relative, "needs the article's date");
        }

        var approximate = r.Approximate;
        var day = r.Day;
        switch (unit)
        {
            case "week":
            case "weekend":
                var monday = Calendar.AddDays(Calendar.MondayOf(day), 7 * step);
                var sunday = monday is null ? null : Calendar.AddDays(monday.Value, 6);
                if (monday is null || sunday is null)
                {
                    return Resolution.Unresolved(TimeKind.Relative, "outside the calendar");
                }

                return Days(unit == "week" ? monday.Value : sunday.Value.AddDays(-1), sunday.Value, approximate);
            case "month":
                var (year, month) = Calendar.AddMonths(day.Year, day.Month, step);
                return new(TimeKind.Relative, Calendar.OfMonth(year, month, approximate), null, Confidence(r));
            case "year":
                return new(TimeKind.Relative, Calendar.OfYear(day.Year + step, approximate), null, Confidence(r));
            case "decade":
                var decade = (day.Year / 10 * 10) + (10 * step);
                return new(TimeKind.Relative, Calendar.OfYear(decade, approximate), Calendar.OfYear(decade + 9, approximate), Confidence(r));
            case "century":
                var century = (day.Year / 100 * 100) + (100 * step);
                return new(TimeKind.Relative, Calendar.OfYear(century, approximate), Calendar.OfYear(century + 99, approximate), Confidence(r));
            default:
                return SeasonAround(unit, step, day);
        }
    }

    /// <summary>The season of the reference year, or the last one that has ended, or the next one to begin.</summary>
    private static Resolution SeasonAround(string season, int step, DateOnly day)
    {
        var first = Calendar.SeasonStart(season);
        var startIndex = (day.Year * 12) + first - 1;
        if (first == 12 && day.Month <= 2)
        {
            startIndex -= 12; // January and February belong to the winter that began the December before.
        }

        var today = (day.Year * 12) + day.Month - 1;
        if (step < 0)
        {
            while (startIndex + 2 >= today)
            {
                startIndex -= 12;
            }
        }
        else if (step > 0)
        {
            while (startIndex <= today)
            {
                startIndex += 12;
            }
        }

        var (year, month) = (startIndex / 12, (startIndex % 12) + 1);
        var (endYear, endMonth) = Calendar.AddMonths(year, month, 2);
        return new(TimeKind.Relative, Calendar.OfMonth(year, month, true), Calendar.OfMonth(endYear, endMonth, true), 0.6,
            "seasons read as the northern hemisphere's");
    }

    public static Resolution Position(string position, string rel, string unit, Reference? r)
    {
        var step = rel switch { "next" => 1, "last" => -1, _ => 0 };
        if (r is null || !r.Knows(DatePrecision.Year))
        {
            return Resolution.Unresolved(TimeKind.Relative, "needs the article's date");
        }

        var late = position == "end";
        var early = position is "start" or "beginning" or "turn";
        var year = r.Day.Year + step;
        return unit switch
        {
            "year" => new(TimeKind.Relative, Calendar.OfMonth(year, late ? 12 : early ? 1 : 6, true), null, 0.6),
            "month" when r.Knows(DatePrecision.Month) => Month(r, step),
            "decade" => new(TimeKind.Relative, Calendar.OfYear((r.Day.Year / 10 * 10) + (10 * step) + (late ? 9 : early ? 0 : 5), true), null, 0.5),
            "century" => new(TimeKind.Relative, Calendar.OfYear((r.Day.Year / 100 * 100) + (100 * step) + (late ? 99 : early ? 0 : 50), true), null, 0.4),
            _ => Resolution.Unresolved(TimeKind.Relative, "needs the article's day"),
        };
    }

    private static Resolution Month(Reference r, int step)
    {
        var (year, month) = Calendar.AddMonths(r.Day.Year, r.Day.Month, step);
        return new(TimeKind.Relative, Calendar.OfMonth(year, month, true), null, 0.6);
    }

    private static Resolution Days(DateOnly first, DateOnly last, bool approximate) =>
        new(TimeKind.Relative, Calendar.OfDay(first, approximate), Calendar.OfDay(last, approximate), approximate ? 0.5 : 0.8);

    private static double Confidence(Reference r) => r.Approximate ? 0.5 : 0.85;
}
