using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsTreaty.Domain.Common;

public enum DatePrecision
{
    Year = 1,
    Month = 2,
    Day = 3,
}

/// <summary>
/// A date known to year, month or day precision, optionally approximate, written in the
/// Extended Date/Time Format (ISO 8601-2, level 1 subset): "1961", "2014-05", "2024-06-19", "2024-06-20~".
/// A year-only date is the span of that year, never a fake 1 January: <see cref="Start"/> and
/// <see cref="End"/> give the first and last day it may denote.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    private PartialDate(int year, int month, int day, DatePrecision precision, bool approximate)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
        Approximate = approximate;
    }

    public int Year { get; }

    /// <summary>1–12, or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>1–31, or 0 when the precision is coarser than a day.</summary>
    public int Day { get; }

    public DatePrecision Precision { get; }

    public bool Approximate { get; }

    public DateOnly Start => new(Year, Precision == DatePrecision.Year ? 1 : Month, Precision == DatePrecision.Day ? Day : 1);

    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    public static PartialDate OfYear(int year, bool approximate = false) =>
        Create(year, 0, 0, DatePrecision.Year, approximate);

    public static PartialDate OfMonth(int year, int month, bool approximate = false) =>
        Create(year, month, 0, DatePrecision.Month, approximate);

    public static PartialDate OfDay(int year, int month, int day, bool approximate = false) =>
        Create(year, month, day, DatePrecision.Day, approximate);

    public static PartialDate OfDay(DateOnly date, bool approximate = false) =>
        OfDay(date.Year, date.Month, date.Day, approximate);

    private static PartialDate Create(int year, int month, int day, DatePrecision precision, bool approximate)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new DomainException($"Year {year} is outside {MinYear:0000}–{MaxYear}.");
        }

        if (precision != DatePrecision.Year && month is < 1 or > 12)
        {
            throw new DomainException($"Month {month} is not between 1 and 12.");
        }

        if (precision == DatePrecision.Day && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            throw new DomainException($"{year:0000}-{month:00} has no day {day}.");
        }

        return new PartialDate(year, month, day, precision, approximate);
    }

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", each optionally followed by "~".</summary>
    public static PartialDate Parse(string? text) =>
        TryParse(text, out var date, out var error) ? date : throw new DomainException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date) =>
        TryParse(text, out date, out _);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date, out string error)
    {
        date = null;
        error = $"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 reduced precision), with a trailing ~ if approximate.";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var approximate = span.EndsWith("~", StringComparison.Ordinal);
        if (approximate)
        {
            span = span[..^1];
        }

        if (span.Length is not (4 or 7 or 10) || !IsDigits(span[..4]) || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (span.Length >= 7 && (span[4] != '-' || !IsDigits(span[5..7]) || !int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out month)))
        {
            return false;
        }

        if (span.Length == 10 && (span[7] != '-' || !IsDigits(span[8..10]) || !int.TryParse(span[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out day)))
        {
            return false;
        }

        var precision = span.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day };
        try
        {
            date = Create(year, month, day, precision, approximate);
            return true;
        }
        catch (DomainException ex)
        {
            error = $"'{text}' is not a valid date: {ex.Message}";
            return false;
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    public override string ToString()
    {
        var core = Precision switch
        {
            DatePrecision.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        };
        return Approximate ? core + "~" : core;
    }

    /// <summary>"1961", "May 2014", "19 June 2024", with "c." for approximate dates.</summary>
    public string ToDisplayString()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var core = Precision switch
        {
            DatePrecision.Year => Year.ToString(culture),
            DatePrecision.Month => Start.ToString("MMMM yyyy", culture),
            _ => Start.ToString("d MMMM yyyy", culture),
        };
        return Approximate ? "c. " + core : core;
    }
}
