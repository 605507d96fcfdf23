using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Domain.Tests;

/// <summary>The numbers a quotation states, read from digits and English number words: properties over generated text.</summary>
public sealed class StatedNumbersTests
{
    private static readonly string[] Filler = ["the", "troops", "shells", "of", "said", "nearly", "about", "containers", "treaty", "Pyongyang", "a", "and"];

    private static readonly Gen<long> Counts =
        from low in Gen.Choose(0, 999_999)
        from high in Gen.Choose(0, 999)
        select high * 1_000_000L + low;

    private static readonly Gen<string> Sentences = Gen.Elements(Filler).ArrayOf().Select(words => string.Join(' ', words));

    [Fact]
    public void ANumberWrittenInDigitsWithOrWithoutThousandsCommasIsStated() =>
        Prop.ForAll(Counts.ToArbitrary(), Sentences.ToArbitrary(), (n, context) =>
            StatedNumbers.States($"{context} {n.ToString("N0", CultureInfo.InvariantCulture)} {context}", n)
            && StatedNumbers.States($"{context} {n.ToString(CultureInfo.InvariantCulture)}.", n)).QuickCheckThrowOnFailure();

    [Fact]
    public void ANumberWrittenInWordsIsStated() =>
        Prop.ForAll(Counts.ToArbitrary(), Sentences.ToArbitrary(), (n, context) =>
            StatedNumbers.States($"{context}, {Words(n)} {context}", n)).QuickCheckThrowOnFailure();

    [Fact]
    public void DigitsWithAScaleWordStateTheScaledNumberAndTheBareOne() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), Gen.Elements(("billion", 1_000_000_000L), ("bn", 1_000_000_000L), ("million", 1_000_000L), ("thousand", 1_000L)).ToArbitrary(),
            (n, scale) => StatedNumbers.States($"nearly ${n} {scale.Item1} of debt", n * scale.Item2) && StatedNumbers.States($"${n}{scale.Item1}", n)).QuickCheckThrowOnFailure();

    [Fact]
    public void TextWithoutDigitsOrNumberWordsStatesNothing() =>
        Prop.ForAll(Sentences.ToArbitrary(), text => StatedNumbers.In(text).Count == 0).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Mr Kim has made two trips to Russia’s Far East", 2)]
    [InlineData("on his first visit to North Korea in 24 years", 24)]
    [InlineData("Though he landed at close to 3am local time", 3)]
    [InlineData("nearly $11 billion (roughly equivalent to £12 billion today)", 12_000_000_000)]
    [InlineData("North Korea was six years away from conducting its first", 6)]
    [InlineData("write off 90 per cent of North Korea’s Soviet-era debt", 90)]
    [InlineData("twenty-four, fifty", 24)]
    [InlineData("two hundred and fifty thousand troops", 250_000)]
    [InlineData("a dozen ships", 12)]
    [InlineData("1.5bn", 1_500_000_000)]
    public void TheSeedsWordingsStateTheirNumbers(string text, decimal value) => Assert.True(StatedNumbers.States(text, value), text);

    [Theory]
    [InlineData("supplied millions of artillery shells", 2_000_000)] // "millions" is a magnitude, not 2,000,000
    [InlineData("billions of dollars of new weapons", 2_000_000_000)]
    [InlineData("it will be the second time he has met him in under a year", 1)] // "a year" is no quantity
    [InlineData("fifty, twenty", 70)] // a comma separates two numbers
    [InlineData("two hundred", 2)] // a run of words states its whole value only
    public void WhatTheTextDoesNotStateIsNotFound(string text, decimal value) => Assert.False(StatedNumbers.States(text, value), text);

    [Theory]
    [InlineData("amounting to several million", QuantityMagnitude.Millions, true)]
    [InlineData("millions of artillery shells", QuantityMagnitude.Millions, true)]
    [InlineData("billions of dollars of new weapons", QuantityMagnitude.Billions, true)]
    [InlineData("tens of thousands of troops", QuantityMagnitude.TensOfThousands, true)]
    [InlineData("thousands of troops", QuantityMagnitude.TensOfThousands, false)]
    [InlineData("millions of artillery shells", QuantityMagnitude.Billions, false)]
    public void AMagnitudeIsMentionedByItsWords(string text, QuantityMagnitude magnitude, bool mentioned) =>
        Assert.Equal(mentioned, StatedNumbers.Mentions(text, magnitude));

    /// <summary>English words for 0–999,999,999, as a newspaper writes them ("two hundred and fifty-one thousand").</summary>
    private static string Words(long n)
    {
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string Below1000(long k)
        {
            var parts = new List<string>();
            if (k >= 100)
            {
                parts.Add(units[k / 100] + " hundred");
                k %= 100;
                if (k > 0)
                {
                    parts.Add("and");
                }
            }

            if (k >= 20)
            {
                parts.Add(tens[k / 10] + (k % 10 > 0 ? "-" + units[k % 10] : ""));
            }
            else if (k > 0 || parts.Count == 0)
            {
                parts.Add(units[k]);
            }

            return string.Join(' ', parts);
        }

        if (n == 0)
        {
            return "zero";
        }

        var groups = new List<string>();
        foreach (var (size, name) in new[] { (1_000_000L, "million"), (1_000L, "thousand") })
        {
            if (n >= size)
            {
                groups.Add(Below1000(n / size) + " " + name);
                n %= size;
            }
        }

        if (n > 0)
        {
            groups.Add(Below1000(n));
        }

        return string.Join(' ', groups);
    }
}
