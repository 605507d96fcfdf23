using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Time;

/// <summary>The date an article's relative expressions count from: a day, or only a month or a year.</summary>
internal sealed record Reference(DateOnly Day, DatePrecision Precision, bool Approximate)
{
    public bool Knows(DatePrecision needed) => Precision >= needed;
}

/// <summary>Names, numbers and safe date arithmetic for the time rules.</summary>
internal static class Calendar
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["a hundred"] = 100,
        ["a dozen"] = 12,
    };

    public static int Month(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    public static int Day(string text) => int.Parse(text.AsSpan().TrimEnd("stndrh"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number a word or numeral says, or null for vague amounts ("a few", "several").</summary>
    public static int? Number(string text)
    {
        var normal = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (int.TryParse(normal, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return Numbers.TryGetValue(normal, out var word) ? word : null;
    }

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    public static PartialDate? OfDay(DateOnly day, bool approximate = false) => OfDay(day.Year, day.Month, day.Day, approximate);

    public static PartialDate? OfDay(int year, int month, int day, bool approximate = false) =>
        year is >= PartialDate.MinYear and <= PartialDate.MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? PartialDate.OfDay(year, month, day, approximate)
            : null;

    public static PartialDate? OfMonth(int year, int month, bool approximate = false) =>
        year is >= PartialDate.MinYear and <= PartialDate.MaxYear && month is >= 1 and <= 12 ? PartialDate.OfMonth(year, month, approximate) : null;

    public static PartialDate? OfYear(int year, bool approximate = false) =>
        year is >= PartialDate.MinYear and <= PartialDate.MaxYear ? PartialDate.OfYear(year, approximate) : null;

    public static DateOnly? AddDays(DateOnly day, int days)
    {
        var number = (long)day.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    public static (int Year, int Month) AddMonths(int year, int month, int months)
    {
        var index = (year * 12) + (month - 1) + months;
        return (index / 12, (index % 12) + 1);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Meteorological seasons of the northern hemisphere: the first month of the season of that year.</summary>
    public static int SeasonStart(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "autumn" or "fall" => 9,
        _ => 12,
    };
}
