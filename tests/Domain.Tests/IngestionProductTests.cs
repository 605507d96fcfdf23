using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Domain.Tests;

/// <summary>The product side of ingestion that needs no database: input checks, re-anchoring, recognition keys, context.</summary>
public sealed class IngestionProductTests
{
    [Fact]
    public void AnyTextIsEitherAcceptedOrRejectedWithAStatusAndAReason() =>
        Prop.ForAll<string>(text =>
        {
            try
            {
                var submitted = RawInput.FromText(text, SourceFormat.Text);
                return submitted.RawSha256.Length == 64 && !string.IsNullOrWhiteSpace(submitted.Raw.Content);
            }
            catch (IngestionInputException ex)
            {
                return ex.Status is 400 or 413 or 422 && ex.Message.Length > 20;
            }
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AnyBytesAreEitherTextOrRejectedAsBinary() =>
        Prop.ForAll<byte[]>(bytes =>
        {
            try
            {
                return RawInput.FromBytes(bytes ?? [], null).Raw.Content.Length > 0;
            }
            catch (IngestionInputException ex)
            {
                return ex.Status is 400 or 422;
            }
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("", 400)]
    [InlineData(" \n\t ", 400)]
    [InlineData("a\0b", 422)]
    public void EmptyAndBinaryTextIsRejected(string text, int status) =>
        Assert.Equal(status, Assert.Throws<IngestionInputException>(() => RawInput.FromText(text, SourceFormat.Text)).Status);

    [Fact]
    public void BytesAreHashedAsTheyCameAndUtf8WithAByteOrderMarkIsText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<html><p>Élan</p></html>")).ToArray();

        var submitted = RawInput.FromBytes(bytes, null);

        Assert.Equal("<html><p>Élan</p></html>", submitted.Raw.Content);
        Assert.Equal(SourceFormat.Html, submitted.Raw.Format);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), submitted.RawSha256);
        Assert.Equal(422, Assert.Throws<IngestionInputException>(() => RawInput.FromBytes([0x89, 0x50, 0x4E, 0x47, 0xFF], null)).Status);
    }

    [Fact]
    public void QuotationsMoveThroughTheOffsetMapAndAreCheckedAtTheirNewPlace()
    {
        const string raw = "Share\nListen\n\nThe minister said the talks would resume. Critics disagreed.\n";
        var body = raw.IndexOf("The minister", StringComparison.Ordinal);
        var (text, map) = new OffsetMap.Builder(raw.Length).Copy(raw, body, raw.Length - body - 1).Build();
        var cleaned = new CleanedArticle(text, [], map, []);
        const string quote = "the talks would resume.";
        var at = raw.IndexOf(quote, StringComparison.Ordinal);

        var anchored = Reanchoring.Run(
            [("a", quote, at, at + quote.Length), ("b", "Critics disagreed.", 0, 18), ("c", "Share", 0, 5)], cleaned, offsetsAreRaw: true);

        Assert.Equal(AnchorOutcome.Moved, anchored[0].Outcome);
        Assert.Equal(quote, text[anchored[0].NewStart!.Value..anchored[0].NewEnd!.Value]);
        Assert.Equal(AnchorOutcome.Relocated, anchored[1].Outcome);
        Assert.Equal(AnchorOutcome.Lost, anchored[2].Outcome);
        Assert.Contains("furniture", anchored[2].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.Example.org/news/a/?utm_source=x&id=3#top", "example.org/news/a?id=3")]
    [InlineData("http://example.org/news/a", "example.org/news/a")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("not a url", null)]
    public void UrlsAreComparedWithoutTheirTrackingAndSpelling(string url, string? expected) =>
        Assert.Equal(expected, KnownArticles.NormalizeUrl(url));

    [Fact]
    public void HeadlinesAreComparedWithoutCaseQuotesOrPunctuation() =>
        Assert.Equal(KnownArticles.NormalizeHeadline("Vladimir Putin’s dangerous bromance with Kim Jong Un"),
            KnownArticles.NormalizeHeadline("VLADIMIR PUTIN'S DANGEROUS BROMANCE — WITH KIM JONG UN"));

    [Fact]
    public void TheSentenceAroundAQuotationStopsAtSentenceEndsAndParagraphs()
    {
        const string text = "Headline\n\nFirst sentence here. He said “we will win.” Then he left! Another paragraph.\n\nNext one.";
        var quote = text.IndexOf("we will", StringComparison.Ordinal);

        var around = TextContext.SentenceAround(text, quote, quote + 7);

        Assert.Equal("He said “we will win.”", around.Of(text));
    }

    [Fact]
    public void TheSentenceAroundAnySpanIsInsideTheTextAndContainsTheSpan() =>
        Prop.ForAll<string, int, int>((text, a, b) =>
        {
            text ??= "";
            var start = text.Length == 0 ? 0 : Math.Abs(a % (text.Length + 1));
            var end = Math.Min(text.Length, start + Math.Abs(b % 50));
            var around = TextContext.SentenceAround(text, start, end);
            return around.FitsIn(text.Length) && around.Start <= start && around.End >= end
                && around.Length <= (end - start) + 2 * TextContext.MaxReach;
        }).QuickCheckThrowOnFailure();
}
