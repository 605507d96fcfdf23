using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Tests;

/// <summary>
/// The evidence rules of issue #14 on records built by hand: numbers stated in the quotations, speakers named in
/// or next to them (or the attribution marked inferred), titles dated. Text written for these tests.
/// </summary>
public sealed class ClaimEvidenceTests
{
    private const string Text =
        "The summit ended late.\n\"We will stand together,\" the Russian president told reporters. Officials said millions of shells had been sent.\n" +
        "Much later, after a long dinner with many toasts and speeches that went on past midnight and into the early hours of the next day, the Kremlin leader left.";

    private static readonly Outlet Outlet = new("daily", "The Daily", "GB", OutletKind.Newspaper, false, null);

    private static Article ArticleOn(string date, bool withText = true)
    {
        var article = new Article("summit-report", Outlet, "The summit", Genre.News, new Publication(PartialDate.Parse(date), null, null, DateBasis.Stated, null));
        if (withText)
        {
            article.SetText(Text);
        }

        return article;
    }

    private static Actor Putin()
    {
        var putin = new Actor("vladimir-putin", ActorKind.Person, "Vladimir Putin", "President of Russia.", "Q7747");
        putin.ReplaceAliases([
            new ActorAlias("Putin", AliasKind.ShortName),
            new ActorAlias("the Russian president", AliasKind.TitleOrRole, PartialDate.Parse("2012-05")),
            new ActorAlias("Russia's dictator", AliasKind.Description),
        ]);
        return putin;
    }

    private static Claim Speech(Actor claimant, Article article, string quote = "We will stand together", AttributionSpan? attribution = null)
    {
        var claim = new Claim("stand-together", "Putin said the two would stand together.", ClaimKind.DirectQuote, claimant, null, Hedging.Asserted);
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        claim.AddAppearance(article, quote, start, start + quote.Length, AppearanceRole.Reports, attribution);
        return claim;
    }

    [Fact]
    public void ATitleNamesItsHolderOnlyWithinItsPeriodAndNeedsOne()
    {
        var putin = Putin();
        Assert.Contains("the Russian president", putin.NamesOn(new DateOnly(2024, 6, 19)));
        Assert.DoesNotContain("the Russian president", putin.NamesOn(new DateOnly(2010, 1, 1))); // Medvedev's years
        Assert.DoesNotContain("Russia's dictator", putin.NamesOn(null)); // a description never names
        Assert.Contains("title or role", Assert.Throws<DomainException>(() => new ActorAlias("the Russian president", AliasKind.TitleOrRole)).Message);
    }

    [Fact]
    public void ASpeakerNamedByAValidTitleRightAroundTheQuotationInStoredTextIsNamed() =>
        Assert.Empty(ClaimEvidence.Check(Speech(Putin(), ArticleOn("2024-06-19"))));

    [Fact]
    public void TheSameTitleBeforeItsPeriodOrADescriptionDoesNotNameTheSpeaker()
    {
        var problem = Assert.Single(ClaimEvidence.Check(Speech(Putin(), ArticleOn("2010-03-01"))));
        Assert.Equal("claimantActor", problem.Field);
        Assert.Contains("inferred", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutStoredTextTheAttributionSpanCarriesTheSpeaker()
    {
        var article = ArticleOn("2024-06-19", withText: false);
        Assert.Single(ClaimEvidence.Check(Speech(Putin(), article)));

        const string said = "the Russian president told reporters";
        var at = Text.IndexOf(said, StringComparison.Ordinal);
        Assert.Empty(ClaimEvidence.Check(Speech(Putin(), article, attribution: new AttributionSpan(said, at, at + said.Length))));
    }

    [Fact]
    public void AnAttributionFarFromItsQuotationOrNotInTheTextIsRefused()
    {
        const string far = "the Kremlin leader left";
        var at = Text.IndexOf(far, StringComparison.Ordinal);
        Assert.Contains("not next to", Assert.Throws<DomainException>(() =>
            Speech(Putin(), ArticleOn("2024-06-19"), attribution: new AttributionSpan(far, at, at + far.Length))).Message);
        Assert.Contains("not found", Assert.Throws<DomainException>(() =>
            Speech(Putin(), ArticleOn("2024-06-19"), attribution: new AttributionSpan("Putin told reporters", 40, 60))).Message);
    }

    [Fact]
    public void AnInferredAttributionNeedsANoteAndThenPasses()
    {
        var claim = Speech(Putin(), ArticleOn("2010-03-01"));
        Assert.Throws<DomainException>(() => claim.SetClaimant(claim.ClaimantActor, null, inferred: true, note: " "));
        Assert.Throws<DomainException>(() => claim.SetClaimant(claim.ClaimantActor, null, inferred: false, note: "a stray note"));

        claim.SetClaimant(claim.ClaimantActor, null, inferred: true, note: "Only 'the president' in 2010: Medvedev or Putin? Putin by context.");
        Assert.Empty(ClaimEvidence.Check(claim));
    }

    [Fact]
    public void AQuantityIsAValueStatedInAQuotationOrAMagnitudeWithoutOne()
    {
        var claim = new Claim("shells", "Millions of shells were sent.", ClaimKind.FactualAssertion, null, Outlet, Hedging.Believed);
        const string quote = "Officials said millions of shells had been sent.";
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        claim.AddAppearance(ArticleOn("2024-06-19"), quote, start, start + quote.Length, AppearanceRole.Originates);

        claim.ReplaceQuantities([new ClaimQuantity(2_000_000, "shells", true, "millions of shells")]);
        Assert.Equal("quantities[0].value", Assert.Single(ClaimEvidence.Check(claim)).Field);

        claim.ReplaceQuantities([new ClaimQuantity(null, "shells", false, "millions of shells", QuantityMagnitude.Millions)]);
        Assert.Empty(ClaimEvidence.Check(claim));
        Assert.True(claim.Quantities[0].Approximate);

        claim.ReplaceQuantities([new ClaimQuantity(null, "shells", true, null, QuantityMagnitude.Billions)]);
        Assert.Equal("quantities[0].magnitude", Assert.Single(ClaimEvidence.Check(claim)).Field);

        Assert.Throws<DomainException>(() => new ClaimQuantity(null, "shells", true, null));
        Assert.Throws<DomainException>(() => new ClaimQuantity(5, "shells", true, null, QuantityMagnitude.Millions));
    }

    [Fact]
    public void FactualAssertionsAreNotAskedForASpeaker()
    {
        var claim = new Claim("summit-late", "The summit ended late.", ClaimKind.FactualAssertion, Putin(), null, Hedging.Asserted);
        const string quote = "The summit ended late.";
        claim.AddAppearance(ArticleOn("2010-03-01", withText: false), quote, 0, quote.Length, AppearanceRole.Originates);
        Assert.Empty(ClaimEvidence.Check(claim));
    }
}
