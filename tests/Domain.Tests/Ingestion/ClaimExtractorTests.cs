using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

public sealed class ClaimExtractorTests
{
    private static (List<ClaimProposal> Claims, ActorResolution Actors, string Text) Extract(string text, string date = "2024-06-20")
    {
        var article = Knowledge.Article(text);
        var metadata = Knowledge.Dated(date);
        var actors = new ActorResolver().Run(article, metadata, Knowledge.Snapshot);
        return (new ClaimExtractor().Run(article, metadata, actors, []).ToList(), actors, text);
    }

    private static string? Speaker((List<ClaimProposal> Claims, ActorResolution Actors, string Text) result, string quoted)
    {
        var quote = result.Claims.SelectMany(c => c.Quotations).First(q => q.Span.Of(result.Text).Contains(quoted, StringComparison.Ordinal));
        return quote.Speaker.MentionIndex is { } m ? result.Actors.Mentions[m].ActorSlug ?? result.Actors.Mentions[m].NewActorKey : null;
    }

    [Fact]
    public void QuoteSpeakerAfterTheQuoteBeforeItAndAcrossSentences()
    {
        var result = Extract("""
            Kim Jong Un spoke first. “We will stand with our friends to the very end of this,” Kim said at a briefing.

            “This is a threat to everyone in the region and beyond it,” said Duyeon Kim, an analyst. “Nobody should pretend it is not happening today.”

            Vladimir Putin told reporters: "The document we signed today will last for many decades to come."
            """);
        Assert.Equal("kim-jong-un", Speaker(result, "We will stand"));
        Assert.Equal("duyeon-kim", Speaker(result, "This is a threat"));
        Assert.Equal("duyeon-kim", Speaker(result, "Nobody should pretend")); // the next sentence continues her quote
        Assert.Equal("vladimir-putin", Speaker(result, "The document we signed"));
        Assert.All(result.Claims.Where(c => c.Kind == ClaimKind.DirectQuote), c => Assert.NotNull(c.Claimant.MentionIndex));
        var inferred = result.Claims.Single(c => c.Quote.Contains("Nobody should", StringComparison.Ordinal));
        Assert.True(inferred.Claimant.Inferred);
    }

    [Fact]
    public void QuotesRunningOverParagraphsAndAccordingTo()
    {
        var result = Extract("""
            “The first thing to say is that the talks went well and both sides kept to the plan,” said Jenny Town of the Stimson Center.

            “The second thing is that nothing is settled until the parliament votes on the final text.

            “And the third is that the money has not yet been found by anyone at all,” she added.

            According to KCNA, the two leaders signed a treaty that will bind both states for twenty years.
            """);
        var multi = result.Claims.Single(c => c.Quote.StartsWith("The second thing", StringComparison.Ordinal));
        Assert.Contains("money has not yet been found", multi.Quote, StringComparison.Ordinal);
        Assert.Equal("jenny-town", Speaker(result, "The second thing"));
        var agency = result.Claims.Single(c => c.Quote.StartsWith("According to KCNA", StringComparison.Ordinal));
        Assert.Equal(ClaimKind.ReportedSpeech, agency.Kind);
        Assert.Equal("kcna", result.Actors.Mentions[agency.Claimant.MentionIndex!.Value].ActorSlug);
    }

    [Fact]
    public void PartialQuotesTakeTheSpeakerOfTheirSentence()
    {
        var result = Extract("Kim Jong Un was defiant. Kim pledged to “unconditionally” back Russia. Mr Putin’s remark that the pact covers “military technical cooperation” alarmed Seoul.");
        Assert.Equal("kim-jong-un", Speaker(result, "unconditionally"));
        Assert.Equal("vladimir-putin", Speaker(result, "military technical"));
    }

    [Fact]
    public void ReportedSpeechHasItsSpeakerAndBeliefsAreHedged()
    {
        var result = Extract("""
            Jenny Town said that the sanctions regime was close to collapse after the veto.

            Pyongyang is believed to have shipped the shells by rail over the winter months.

            Putin is expected to visit Seoul next year for the first time in a decade.

            The agreement could be torn up by either side within five years, diplomats say.
            """);
        var reported = result.Claims.Single(c => c.Quote.StartsWith("Jenny Town said", StringComparison.Ordinal));
        Assert.Equal(ClaimKind.ReportedSpeech, reported.Kind);
        Assert.Equal("jenny-town", result.Actors.Mentions[reported.Claimant.MentionIndex!.Value].ActorSlug);
        Assert.Equal(Hedging.Believed, result.Claims.Single(c => c.Quote.StartsWith("Pyongyang", StringComparison.Ordinal)).Hedging);
        var expected = result.Claims.Single(c => c.Quote.StartsWith("Putin is expected", StringComparison.Ordinal));
        Assert.Equal((ClaimKind.Prediction, Hedging.Expected), (expected.Kind, expected.Hedging));
        var speculated = result.Claims.Single(c => c.Quote.StartsWith("The agreement could", StringComparison.Ordinal));
        Assert.Equal(Hedging.Speculated, speculated.Hedging);
    }

    [Theory]
    [InlineData("The North sent nearly 7,000 containers of shells to Russia last year.", "7000", "containers", true)]
    [InlineData("Moscow agreed to write off 90 per cent of the debt owed by the North.", "90", "percent", false)]
    [InlineData("The debt written off by Russia came to roughly $11 billion in all, officials said.", "11000000000", "USD", true)]
    [InlineData("Pyongyang is believed to have sent millions of artillery shells to Russia.", null, "artillery shells", true)]
    [InlineData("Kim Jong Un has made two trips to Russia to meet Putin since 2019.", "2", "trips", false)]
    public void QuantitiesCarryValueUnitAndApproximation(string sentence, string? value, string unit, bool approximate)
    {
        var claim = Assert.Single(Extract(sentence).Claims);
        var quantity = Assert.Single(claim.Quantities, q => q.Unit == unit);
        Assert.Equal(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), quantity.Value);
        Assert.Equal(approximate, quantity.Approximate);
        Assert.Equal(quantity.Text, quantity.Span.Of(sentence));
    }

    [Fact]
    public void YearsAndDatesAreNotQuantities()
    {
        var claim = Assert.Single(Extract("Russia pulled out of the 1961 treaty in 1996, on June 19th, at 3am.").Claims);
        Assert.Empty(claim.Quantities);
    }

    [Fact]
    public void UnattributedSentencesSpeakInTheOutletsVoiceOrTheRelayedOutlets()
    {
        var own = Assert.Single(Extract("Russia has supplied oil to North Korea in breach of the sanctions.").Claims);
        Assert.True(own.Claimant.OutletVoice);

        var relayed = Extract("Russia has supplied oil to North Korea in breach of the sanctions. Their meeting presents a challenge to the region, notes Bloomberg.");
        var first = relayed.Claims.First();
        Assert.False(first.Claimant.OutletVoice);
        Assert.True(first.Claimant.Inferred);
        Assert.Equal("bloomberg-news", relayed.Actors.Mentions[first.Claimant.MentionIndex!.Value].ActorSlug);
    }

    [Fact]
    public void SpansPointAtTheirWordsAndSubjectsExcludeTheClaimant()
    {
        var result = Extract("“North Korea will never abandon its friends in Moscow,” Kim said, as Russia watched.");
        var claim = Assert.Single(result.Claims);
        Assert.Equal(claim.Quote, claim.Quotations[0].Span.Of(result.Text));
        Assert.DoesNotContain(claim.SubjectMentions, i => result.Actors.Mentions[i].ActorSlug == "kim-jong-un");
        Assert.All(result.Claims, c => Assert.True(c.Span.FitsIn(result.Text.Length)));
    }
}
