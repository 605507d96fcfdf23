using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>Whatever arrives, the text stages answer: never an exception or a hang, never a span outside the text.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void TheCleanerKeepsEverySpanInsideBothTexts()
    {
        var inputs = Gen.OneOf(Generators.TextPage, Generators.HtmlPage, Generators.Noise);
        Prop.ForAll(inputs.ToArbitrary(), Gen.Elements(SourceFormat.Text, SourceFormat.Html).ToArbitrary(), (content, format) =>
        {
            var article = new ArticleCleaner().Run(new RawArticle(content, format));
            return SpansAreSound(content, article);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void PlainTextIsCopiedCharacterForCharacter()
    {
        Prop.ForAll(Generators.TextPage.Select(p => p.Replace("\0", "", StringComparison.Ordinal)).ToArbitrary(), content =>
        {
            var article = new ArticleCleaner().Run(new RawArticle(content, SourceFormat.Text));
            return article.Parts.All(p => content.Substring(article.Map.ToRaw(p.Span).Start, article.Map.ToRaw(p.Span).Length) == p.Span.Of(article.Text));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheTimeResolverAnswersForAnyTextAndReferenceDate()
    {
        var texts = Gen.OneOf(Generators.Sentence, Generators.TextPage, Generators.Noise);
        Prop.ForAll(texts.ToArbitrary(), Generators.Reference.ToArbitrary(), (text, reference) =>
        {
            var times = TimeResolver.Resolve(text, reference);
            return times.All(t => t.Span.FitsIn(text.Length) && t.Text == t.Span.Of(text)
                && (t.Date is null || t.EndDate is null || t.Date <= t.EndDate) && t.Confidence is >= 0 and <= 1);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("this week and next week, the next two days, this weekend, tomorrow", 9999, 12, 31)]
    [InlineData("last week, last Monday, a week ago, yesterday, last winter", 1, 1, 1)]
    public void TheEdgesOfTheCalendarGiveUnresolvedExpressionsNotExceptions(string text, int year, int month, int day)
    {
        var times = TimeResolver.Resolve(text, Common.PartialDate.OfDay(year, month, day));
        Assert.NotEmpty(times);
        Assert.Contains(times, t => t.Date is null);
    }

    [Fact]
    public void ZeroDaysIsNoDateRange()
    {
        var time = Assert.Single(TimeResolver.Resolve("Talks resume in the next 0 days.", Common.PartialDate.OfDay(2024, 6, 19)));
        Assert.Null(time.Date); // found by the property test: "next 0 days" once ended before it began
    }

    [Fact]
    public void MeaningfulDatesResolveAgainstADayReference()
    {
        var phrases = Gen.Elements("on Wednesday", "last September", "in March", "24 years ago", "yesterday", "June 19th", "next week", "in 1961");
        var references = from year in Gen.Choose(1962, 2100) from month in Gen.Choose(1, 12) from day in Gen.Choose(1, 28) select Common.PartialDate.OfDay(year, month, day);
        Prop.ForAll(phrases.ToArbitrary(), references.ToArbitrary(), (phrase, reference) =>
        {
            var time = Assert.Single(TimeResolver.Resolve("The minister said it happened " + phrase + ".", reference));
            return time.Date is not null && (phrase == "next week" ? time.Date > reference : time.Date.Start <= reference.End);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(SourceFormat.Text)]
    [InlineData(SourceFormat.Html)]
    public void AMegabyteOfPageFinishes(SourceFormat format)
    {
        var paragraph = "On June 19th Mr Putin arrived in Pyongyang; “it’s a mistake,” says Ms Town of the Stimson Centre, since 2019 &amp; 24 years ago. ";
        var content = format == SourceFormat.Html
            ? "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>" + paragraph + "<b>", 8_000)) + "</article>" + new string('<', 20_000)
            : string.Concat(Enumerable.Repeat(paragraph + "\n\n", 8_000)) + new string('\0', 1000);
        Assert.True(content.Length > 1_000_000);
        var result = IngestionTestData.Run(new RawArticle(content, format), IngestionTestData.Snapshot);
        Assert.True(SpansAreSound(content, result.Article));
        Assert.NotEmpty(result.Times);
        Assert.All(result.Times, t => Assert.True(t.Span.FitsIn(result.Article.Text.Length)));
    }

    [Fact]
    public void BinaryInputIsAClearProblemNotAnException()
    {
        var bytes = new byte[4096];
        new Random(8).NextBytes(bytes);
        var content = string.Concat(bytes.Select(b => (char)b));
        var article = new ArticleCleaner().Run(new RawArticle(content, SourceFormat.Text));
        Assert.Empty(article.Text);
        Assert.Contains("does not look like text", Assert.Single(article.Problems!), StringComparison.Ordinal);
    }

    private static bool SpansAreSound(string raw, CleanedArticle article) =>
        article.Parts.All(p => p.Span.FitsIn(article.Text.Length) && article.Map.ToRaw(p.Span).FitsIn(raw.Length))
        && article.Removed.All(r => r.RawSpan.FitsIn(raw.Length))
        && Enumerable.Range(0, article.Text.Length).Where(i => i % 97 == 0).All(i => article.Map.ToRaw(i) <= raw.Length);
}
