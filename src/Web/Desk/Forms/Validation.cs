using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>A date as the dataset writes it (1996, 2014-05, 2024-06-19, with ~ when approximate); empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PartialDateTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string { Length: > 0 } text || PartialDate.TryParse(text, out _, out var error))
        {
            return ValidationResult.Success;
        }

        // The desk's date control leaves a part it was not given empty: "2014-" has no month.
        var parts = text.TrimEnd('~').Split('-');
        var message = parts.Any(p => p.Length == 0)
            ? "The date is incomplete: fill in every part, or say it is known only to the year or the month."
            : error;
        return new ValidationResult(message, [validationContext.MemberName!]);
    }
}

/// <summary>An IANA time zone id this server knows, such as Asia/Pyongyang or Europe/Moscow.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IanaTimeZoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string { Length: > 0 } id || TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _)
            ? ValidationResult.Success
            : new ValidationResult("Use an IANA time zone such as Asia/Pyongyang or Europe/Moscow.", [validationContext.MemberName!]);
}

/// <summary>A time of day as HH:mm; empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TimeOfDayAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string { Length: > 0 } text || TimeOnly.TryParseExact(text.Trim(), "HH:mm", out _)
            ? ValidationResult.Success
            : new ValidationResult("Give the time as HH:mm, e.g. 18:30.", [validationContext.MemberName!]);
}
