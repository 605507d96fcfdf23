using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

public sealed class CrossArticleMatcherTests
{
    private const string Original = """
        The harbour authority has approved a plan to dredge the northern channel, ending a decade of argument between the ferry companies and the fishing cooperatives.

        Work will start in the spring and take two years. The authority says the deeper channel will let larger ferries dock at the old quay, while the cooperatives fear that silt will smother the mussel beds downstream.

        The regional government has promised to pay for monitoring of the beds for ten years after the work ends.
        """;

    // An earlier, shorter version of the same text, with honorifics and straight quotes: still the same piece.
    private const string EarlierCopy = """
        The harbour authority is expected to approve a plan to dredge the northern channel, ending a decade of argument between the ferry companies and the fishing cooperatives.

        Work will start in the spring and take two years. The authority says the deeper channel will let larger ferries dock at the old quay, while the cooperatives fear that silt will smother the mussel beds downstream.
        """;

    private static KnowledgeSnapshot WithKnownText(string text) =>
        Knowledge.Snapshot with
        {
            Articles = [new KnownArticle(7, "weekly-dredging", 2, "Dredging approved", null, null, PartialDate.Parse("2024-05-02"), null, null, text)],
        };

    private static CrossArticleResult Run(string text, KnowledgeSnapshot knowledge, string outletSlug = "daily")
    {
        var article = Knowledge.Article(text);
        var metadata = Knowledge.Dated("2024-05-01", outletSlug);
        var actors = new ActorResolver().Run(article, metadata, knowledge);
        var claims = new ClaimExtractor().Run(article, metadata, actors, []);
        return new CrossArticleMatcher().Run(new RawArticle(text, SourceFormat.Text), article, metadata, actors, claims, knowledge);
    }

    [Fact]
    public void AnEarlierSyndicatedVersionIsFoundAndCopiesTheMagazine()
    {
        var match = Assert.Single(Run(EarlierCopy, WithKnownText(Original)).Articles);
        Assert.Equal(ArticleMatchKind.Syndicated, match.Kind);
        Assert.Equal(ArticleRelationKind.SyndicatedCopyOf, match.Relation); // a newspaper reprinting a magazine
        Assert.True(match.Similarity > 0.8);
    }

    [Fact]
    public void AnUnrelatedTextIsNoCopy() =>
        Assert.Empty(Run("Kim Jong Un inspected a missile factory and praised its workers for exceeding the plan by a wide margin this year.", WithKnownText(Original)).Articles);

    [Fact]
    public void TheSameSourceIsRecognised()
    {
        var knowledge = Knowledge.Snapshot with
        {
            Articles = [new KnownArticle(9, "seen", 3, "Anything", null, null, PartialDate.Parse("2024-05-02"), Hashing.Sha256Hex(Original), null, null)],
        };
        Assert.Equal(ArticleMatchKind.Same, Assert.Single(Run(Original, knowledge).Articles).Kind);
    }

    [Fact]
    public void RelaysNameTheOutletTheyRetell()
    {
        var relay = Assert.Single(Run("Their meeting presents a new kind of challenge to the region, notes Bloomberg.", Knowledge.Snapshot).Relays);
        Assert.Equal("wire-one", relay.OutletSlug);
    }

    [Fact]
    public void AKnownClaimSaidInOtherWordsIsMatched()
    {
        var result = Run("Kim Jong Un said North Korea would back Russia’s war “unconditionally”, whatever the cost.", Knowledge.Snapshot);
        Assert.Contains(result.Claims, c => c.ClaimSlug == "kim-unconditional-support");
        Assert.DoesNotContain(result.Claims, c => c.ClaimSlug == "debt-write-off");
    }
}
