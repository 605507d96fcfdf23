using System.Globalization;
using System.Text.RegularExpressions;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Time;
using Calendar = NewsTreaty.Domain.Ingestion.Time.Calendar;

namespace NewsTreaty.Domain.Ingestion.Metadata;

/// <summary>A date with the time and zone printed beside it, read from a stamp ("11:34 20.06.2024", "Sat 3 Feb 2024 06.00 GMT").</summary>
internal sealed record Stamp(PartialDate Date, TimeOnly? Time, string? Zone);

internal static partial class StampReader
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "UTC",
        ["UTC"] = "UTC",
        ["Z"] = "UTC",
        ["BST"] = "Europe/London",
        ["CET"] = "CET",
        ["CEST"] = "CET",
        ["EET"] = "EET",
        ["EEST"] = "EET",
        ["WET"] = "WET",
        ["WEST"] = "WET",
        ["MSK"] = "Europe/Moscow",
        ["KST"] = "Asia/Seoul",
        ["JST"] = "Asia/Tokyo",
        ["SGT"] = "Asia/Singapore",
        ["HKT"] = "Asia/Hong_Kong",
        ["IST"] = "Asia/Kolkata",
        ["EST"] = "America/New_York",
        ["EDT"] = "America/New_York",
        ["CST"] = "America/Chicago",
        ["CDT"] = "America/Chicago",
        ["MST"] = "America/Denver",
        ["MDT"] = "America/Denver",
        ["PST"] = "America/Los_Angeles",
        ["PDT"] = "America/Los_Angeles",
        ["AEST"] = "Australia/Sydney",
        ["AEDT"] = "Australia/Sydney",
    };

    /// <summary>The first full date of a stamp, with the time and zone printed around it.</summary>
    public static Stamp? Read(string text)
    {
        var match = TimePatterns.FullDate().Match(text);
        PartialDate? date = null;
        if (match.Success)
        {
            date = Calendar.OfDay(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), Calendar.Month(match.Groups["m"].Value), Calendar.Day(match.Groups["d"].Value));
        }
        else if ((match = TimePatterns.NumericDate().Match(text)).Success)
        {
            date = Calendar.OfDay(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["dd"].Value, CultureInfo.InvariantCulture));
        }

        if (date is null)
        {
            return null;
        }

        // The time is looked for outside the date, so "20.06" of "20.06.2024" is never read as 20:06.
        var rest = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        return new Stamp(date, TimeOf(rest), ZoneOf(rest));
    }

    /// <summary>An ISO 8601 timestamp from markup ("2023-10-04T18:30:00+01:00"), its zone named by the visible stamp when it can be.</summary>
    public static Stamp? ReadMachine(string? value, string? visible)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 10 && PartialDate.TryParse(trimmed, out var day))
        {
            return new Stamp(day, null, null);
        }

        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) || Calendar.OfDay(DateOnly.FromDateTime(instant.DateTime)) is not { } date)
        {
            return null;
        }

        var hasOffset = OffsetSuffix().IsMatch(trimmed);
        var zone = (visible is null ? null : ZoneOf(visible)) ?? (hasOffset ? OffsetZone(instant.Offset) : null);
        return new Stamp(date, TimeOnly.FromDateTime(instant.DateTime), zone);
    }

    private static TimeOnly? TimeOf(string text)
    {
        var match = ClockTime().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var meridiem = match.Groups["ap"].Value.ToLowerInvariant();
        if (meridiem.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 ? new TimeOnly(hour, minute) : null;
    }

    private static string? ZoneOf(string text)
    {
        var match = ZoneName().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["offset"].Success)
        {
            var sign = match.Groups["sign"].Value is "-" or "−" ? -1 : 1;
            var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
            var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
            return OffsetZone(new TimeSpan(sign * hours, sign * minutes, 0));
        }

        return Zones.GetValueOrDefault(match.Groups["name"].Value);
    }

    /// <summary>IANA's fixed-offset zones have the sign inverted: UTC+9 is Etc/GMT-9.</summary>
    private static string? OffsetZone(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : offset.Minutes == 0 && Math.Abs(offset.Hours) <= 14 ? "Etc/GMT" + (offset.Hours > 0 ? "-" : "+") + Math.Abs(offset.Hours).ToString(CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<![\d.:])(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)(?![\d.])\s*(?<ap>[ap]\.?m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:(?<offset>(?:GMT|UTC)\s*(?<sign>[+\-−])\s*(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?)|(?<name>GMT|UTC|BST|CEST|CET|EEST|EET|WEST|WET|MSK|KST|JST|SGT|HKT|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"(?:[+\-]\d{2}:?\d{2}|Z)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();
}
