using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Articles;

/// <summary>When an article was published, as precisely as is honestly known.</summary>
public sealed record Publication(PartialDate Date, TimeOnly? Time, string? TimeZone, DateBasis Basis, string? Note)
{
    /// <summary>The earliest UTC instant this publication date allows; the sort key.</summary>
    public DateTime EarliestUtc()
    {
        if (Time is { } time && Date.Precision == DatePrecision.Day)
        {
            var local = Date.Start.ToDateTime(time, DateTimeKind.Unspecified);
            var zone = ResolveZone(TimeZone);
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }

        return Date.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    private static TimeZoneInfo ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new DomainException($"Time zone '{id}' is not an IANA time zone such as Europe/Moscow.");
        }
    }
}
