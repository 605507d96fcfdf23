namespace NewsTreaty.Domain.Common;

public sealed record DateView(string Value, DatePrecision Precision, bool Approximate, DateOnly Start, DateOnly End, string Display)
{
    public static DateView Of(PartialDate date) =>
        new(date.ToString(), date.Precision, date.Approximate, date.Start, date.End, date.ToDisplayString());

    public static DateView? OfOptional(PartialDate? date) => date is null ? null : Of(date);
}
