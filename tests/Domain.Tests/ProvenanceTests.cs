using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Tests;

public sealed class ProvenanceTests
{
    private static readonly Publication June18 = new(PartialDate.Parse("2024-06-18"), null, null, DateBasis.Stated, null);

    [Fact]
    public void ASyndicatedCopyAndARelayAddOutletsButNotIndependentOrigins()
    {
        var economist = new Outlet("economist", "The Economist", "GB", OutletKind.Magazine, false, null);
        var straitsTimes = new Outlet("straits-times", "The Straits Times", "SG", OutletKind.Newspaper, false, null);
        var bloomberg = new Outlet("bloomberg", "Bloomberg", "US", OutletKind.Wire, false, null);
        var relay = new Outlet("international-affairs", "International Affairs", "RU", OutletKind.Journal, true, null);
        var original = new Article("original", economist, "Original", Genre.Analysis, June18);
        var copy = new Article("copy", straitsTimes, "Copy", Genre.Analysis, June18);
        copy.ReplaceRelations([ArticleRelation.SyndicatedCopyOf(original)]);
        var relayed = new Article("relayed", relay, "Relayed", Genre.News, June18);
        relayed.ReplaceRelations([ArticleRelation.RelaysReportingOf(bloomberg)]);
        SetIds((economist, 1), (straitsTimes, 2), (bloomberg, 3), (relay, 4));
        SetIds((original, 10), (copy, 11), (relayed, 12));
        copy.MoveTo(straitsTimes);
        original.MoveTo(economist);
        relayed.MoveTo(relay);

        Provenance.Resolve([original, copy, relayed]);

        Assert.Equal(1, original.OriginOutletId);
        Assert.Equal(1, copy.OriginOutletId);
        Assert.Equal(3, relayed.OriginOutletId);
        var corroboration = Corroboration.From(new[] { original, copy, relayed }.Select(a => (a.OutletId, a.OriginOutletId!.Value, AppearanceRole.Reports)));
        Assert.Equal(new Corroboration(3, 2), corroboration);

        // An outlet that disputes the claim is no corroboration: neither an outlet nor an origin more.
        var disputed = Corroboration.From([(original.OutletId, 1, AppearanceRole.Originates), (relayed.OutletId, 3, AppearanceRole.Disputes)]);
        Assert.Equal(new Corroboration(1, 1), disputed);
    }

    [Fact]
    public void ACycleOfCopiesEndsInsteadOfLooping()
    {
        var outlet = new Outlet("one", "One", "GB", OutletKind.Newspaper, false, null);
        var a = new Article("a-one", outlet, "A", Genre.News, June18);
        var b = new Article("b-one", outlet, "B", Genre.News, June18);
        a.ReplaceRelations([ArticleRelation.SyndicatedCopyOf(b)]);
        b.ReplaceRelations([ArticleRelation.SyndicatedCopyOf(a)]);

        Provenance.Resolve([a, b]);

        Assert.NotNull(a.OriginOutletId);
    }

    [Fact]
    public void AnAppearanceMustQuoteExactlyTheSpanItCites()
    {
        var outlet = new Outlet("one", "One", "GB", OutletKind.Newspaper, false, null);
        var article = new Article("article", outlet, "Headline", Genre.News, June18);
        article.SetText("Putin landed at 3am. Kim waited.");
        var claim = new Claim("landing", "Putin landed at 3am", ClaimKind.FactualAssertion, null, outlet, Hedging.Asserted);

        claim.AddAppearance(article, "Putin landed at 3am.", 0, 20, AppearanceRole.Originates);
        Assert.Throws<DomainException>(() => claim.AddAppearance(article, "Kim waited", 20, 30, AppearanceRole.Reports));
        Assert.Throws<DomainException>(() => claim.AddAppearance(article, "Kim waited.", 5, 3, AppearanceRole.Reports));
        Assert.Throws<DomainException>(() => claim.AddAppearance(article, "Kim waited.", 21, 30, AppearanceRole.Reports));
    }

    private static void SetIds(params (Entity Entity, int Id)[] items)
    {
        foreach (var (entity, id) in items)
        {
            typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        }
    }
}
