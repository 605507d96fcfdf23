using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>
/// Stray control characters (a BEL pasted from a word processor, C1 codes from a broken encoding, "&amp;#1;") are
/// dropped from the cleaned text, which the store refuses them in, while every kept character maps to its raw offset.
/// </summary>
public sealed class ControlCharacterTests
{
    private static readonly char[] Strays = ['\u0001', '\u0007', '\u001B', '\u007F', '\u0081', '\u009F'];

    [Theory]
    [InlineData(SourceFormat.Text, "Seoul, June 20 (Wire) -\u0007 The ministry\u0001 said on Thursday it would \u009Freply to KCNA.\n\nIts spokeswoman\u007F added nothing.")]
    [InlineData(SourceFormat.Html, "<html><body><article><h1>Talks\u0007 resume</h1><p>The ministry&#1; said on Thursday it would \u009Freply to KCNA.</p><p>Its spokeswoman\u001B added nothing.</p></article></body></html>")]
    public void StrayControlsAreDroppedAndOffsetsStillPointAtTheRawWords(SourceFormat format, string content)
    {
        var article = new ArticleCleaner().Run(new RawArticle(content, format));
        Assert.Null(article.Problems);
        Assert.False(article.Text.AsSpan().ContainsAny(OffsetMap.Builder.StrayControls), article.Text);
        foreach (var word in new[] { "ministry", "reply", "spokeswoman" })
        {
            var at = article.Text.IndexOf(word, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{word}' is missing from: {article.Text}");
            var raw = article.Map.ToRaw(new TextSpan(at, at + word.Length));
            Assert.Equal(word, content.Substring(raw.Start, raw.Length));
        }
    }

    [Fact]
    public void NoCleanedTextKeepsAStrayControl()
    {
        var pages = Gen.OneOf(Generators.TextPage, Generators.HtmlPage).SelectMany(page =>
            Gen.Elements(Strays).ListOf().Select(strays => strays.Aggregate(page, (p, c) => p.Insert((p.Length * c) % (p.Length + 1), c.ToString()))));
        Prop.ForAll(pages.ToArbitrary(), Gen.Elements(SourceFormat.Text, SourceFormat.Html).ToArbitrary(), (content, format) =>
        {
            var article = new ArticleCleaner().Run(new RawArticle(content, format));
            return !article.Text.AsSpan().ContainsAny(OffsetMap.Builder.StrayControls)
                   && article.Parts.All(p => p.Span.End <= article.Text.Length && article.Map.ToRaw(p.Span).End <= content.Length);
        }).QuickCheckThrowOnFailure();
    }
}
