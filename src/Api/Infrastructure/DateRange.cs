using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>The from/to pair of the list filters.</summary>
internal static class DateRange
{
    public static PartialDate? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? null : PartialDate.Parse(text);

    /// <summary>An error on "to" when both dates are valid and to ends before from starts.</summary>
    public static ValidationResult? Check(string? fromText, string? toText) =>
        PartialDate.TryParse(fromText, out var from, out _) && PartialDate.TryParse(toText, out var to, out _) && from.Start > to.End
            ? new ValidationResult($"to ({to}) is before from ({from}).", ["to"])
            : null;
}
