using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>The quote extractor and the stages around it take any text: a result, never an exception, a hang or a span outside it.</summary>
public sealed class QuoteExtractionProperties
{
    private static readonly string[] Pieces =
    [
        "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "\0", "\n\n", "\n", " ", "said", "says Kim", "Mr Kim", "Kim Jong Un", "Pyongyang",
        "according to", "Moscow", ".", ",", ";", ":", "—", "nearly 7,000", "$11bn", "90 per cent", "millions of", "שלום", "مرحبا", "\u202E",
        "\u200F", "🙂", "\uD800", "Ms Town", "the Kremlin", "may", "is expected to", "1961", "x",
    ];

    private static readonly Gen<string> Texts =
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))
            .Or(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static bool Holds(string text)
    {
        var article = Knowledge.Article(text);
        var metadata = Knowledge.Dated("2024-06-20");
        var actors = new ActorResolver().Run(article, metadata, Knowledge.Snapshot);
        var claims = new ClaimExtractor().Run(article, metadata, actors, []);
        return actors.Mentions.All(m => m.Span.FitsIn(text.Length))
               && claims.All(c => c.Span.FitsIn(text.Length) && c.Quotations.All(q => q.Span.FitsIn(text.Length))
                                  && c.Quantities.All(q => q.Span.FitsIn(text.Length))
                                  && c.SubjectMentions.All(i => i < actors.Mentions.Count)
                                  && (c.Claimant.MentionIndex is null || c.Claimant.MentionIndex < actors.Mentions.Count));
    }

    [Fact]
    public void AnyTextGivesSpansInsideIt() =>
        Prop.ForAll(Texts.ToArbitrary(), Holds).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("")]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("\0\0\0")]
    [InlineData("“unclosed quote\n\nnext paragraph”")]
    [InlineData("‘’‘’‘")]
    [InlineData("Russia’s ‘’ Putin’")]
    public void EdgeCasesGiveSpansInsideTheText(string text) => Assert.True(Holds(text));

    [Fact]
    public void AMegabyteOfQuoteMarksAndNamesFinishes()
    {
        var random = new Random(7);
        var builder = new System.Text.StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        Assert.True(Holds(builder.ToString()));
    }

    [Fact]
    public void AMegabyteOfOpeningQuotesFinishes() => Assert.True(Holds(new string('“', 1 << 20)));
}
