using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Tests;

public sealed class PartialDateTests
{
    private static readonly Gen<PartialDate> Dates =
        from year in Gen.Choose(PartialDate.MinYear, PartialDate.MaxYear)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from precision in Gen.Elements(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day)
        from approximate in Gen.Elements(true, false)
        select precision switch
        {
            DatePrecision.Year => PartialDate.OfYear(year, approximate),
            DatePrecision.Month => PartialDate.OfMonth(year, month, approximate),
            _ => PartialDate.OfDay(year, month, day, approximate),
        };

    [Fact]
    public void EveryDateRoundTripsThroughItsEdtfText() =>
        Prop.ForAll(Dates.ToArbitrary(), d => PartialDate.Parse(d.ToString()) == d).QuickCheckThrowOnFailure();

    [Fact]
    public void EveryDateSpansFromStartToEndAndContainsBoth() =>
        Prop.ForAll(Dates.ToArbitrary(), d => d.Start <= d.End && d.Contains(d.Start) && d.Contains(d.End)).QuickCheckThrowOnFailure();

    [Fact]
    public void TheSpanMatchesThePrecision() =>
        Prop.ForAll(Dates.ToArbitrary(), d => d.Precision switch
        {
            DatePrecision.Year => d.Start == new DateOnly(d.Year, 1, 1) && d.End == new DateOnly(d.Year, 12, 31),
            DatePrecision.Month => d.Start.Day == 1 && d.End.AddDays(1).Day == 1 && d.Start.Month == d.End.Month,
            _ => d.Start == d.End,
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// Date-shaped text, valid or a near miss: years, months and days just inside and outside their ranges, written
    /// with and without zero padding, with '-' or '/' between them, optionally approximate and padded with space.
    /// </summary>
    private static readonly Gen<(string Text, bool Valid)> DateTexts =
        from year in Gen.OneOf(Gen.Choose(PartialDate.MinYear, PartialDate.MaxYear), Gen.Elements(0, 1, 9999, 10000, 1961, 2024))
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from parts in Gen.Choose(1, 3)
        from padded in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from separator in Gen.Frequency((4, Gen.Constant('-')), (1, Gen.Elements('/', '.', ' ')))
        from approximate in Gen.Elements(true, false)
        from space in Gen.Elements("", " ", "\t")
        let y = padded ? year.ToString("0000", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture)
        let m = padded ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture)
        let d = padded ? day.ToString("00", CultureInfo.InvariantCulture) : day.ToString(CultureInfo.InvariantCulture)
        let text = space + (parts == 1 ? y : parts == 2 ? y + separator + m : y + separator + m + separator + d) + (approximate ? "~" : "") + space
        let canonical = y.Length == 4 && (parts == 1 || (m.Length == 2 && separator == '-')) && (parts < 3 || d.Length == 2)
        let inRange = year is >= PartialDate.MinYear and <= PartialDate.MaxYear
            && (parts == 1 || month is >= 1 and <= 12)
            && (parts < 3 || (day >= 1 && month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month)))
        select (text, canonical && inRange);

    [Fact]
    public void DateShapedTextParsesExactlyWhenItIsAValidEdtfDateAndThenToItsCanonicalForm() =>
        Prop.ForAll(DateTexts.ToArbitrary(), sample =>
        {
            var parsed = PartialDate.TryParse(sample.Text, out var date);
            return parsed == sample.Valid && (!parsed || date!.ToString() == sample.Text.Trim());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void ArbitraryTextEitherFailsToParseOrParsesToACanonicalForm() =>
        Prop.ForAll<string>(text => !PartialDate.TryParse(text, out var date) || date.ToString() == text.Trim()).QuickCheckThrowOnFailure();

    [Fact]
    public void ComparisonAgreesWithStartDates() =>
        Prop.ForAll(Dates.ToArbitrary(), Dates.ToArbitrary(), (a, b) => a.Start < b.Start ? a < b : a.Start > b.Start ? a > b : true)
            .QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("1961", DatePrecision.Year, "1961-01-01", "1961-12-31", false)]
    [InlineData("2014-05", DatePrecision.Month, "2014-05-01", "2014-05-31", false)]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29", false)]
    [InlineData("2024-06-19", DatePrecision.Day, "2024-06-19", "2024-06-19", false)]
    [InlineData("2024-06-20~", DatePrecision.Day, "2024-06-20", "2024-06-20", true)]
    [InlineData("1996~", DatePrecision.Year, "1996-01-01", "1996-12-31", true)]
    public void ParsesReducedPrecisionDates(string text, DatePrecision precision, string start, string end, bool approximate)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(approximate, date.Approximate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("61")]
    [InlineData("2024-6-19")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-06-31")]
    [InlineData("0000")]
    [InlineData("19 June 2024")]
    [InlineData("2024-06-19T10:00")]
    [InlineData("2024~~")]
    [InlineData("２０２４")]
    public void RejectsWhatIsNotAnEdtfDateWithAMessageNamingTheInput(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        var ex = Assert.Throws<DomainException>(() => PartialDate.Parse(text));
        Assert.Equal(error, ex.Message);
        Assert.StartsWith($"'{text}' is not", error);
    }

    [Fact]
    public void AMalformedDateMessageSaysWhatIsAccepted() =>
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", Assert.Throws<DomainException>(() => PartialDate.Parse("June 2024")).Message);

    [Fact]
    public void DisplaysHonestPrecision()
    {
        Assert.Equal("1961", PartialDate.Parse("1961").ToDisplayString());
        Assert.Equal("May 2014", PartialDate.Parse("2014-05").ToDisplayString());
        Assert.Equal("19 June 2024", PartialDate.Parse("2024-06-19").ToDisplayString());
        Assert.Equal("c. 20 June 2024", PartialDate.Parse("2024-06-20~").ToDisplayString());
    }
}
