using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

public sealed class BundleKnowledgeTests
{
    [Fact]
    public void TheCuratedBundleBecomesASnapshotWithAliasKinds()
    {
        var snapshot = BundleKnowledge.Curated();
        Assert.True(snapshot.Actors.Count >= 25);
        Assert.NotEmpty(snapshot.Events);
        Assert.NotEmpty(snapshot.Claims);
        var russia = snapshot.Actors.Single(a => a.Slug == "russia");
        Assert.Contains(russia.Aliases, a => a.Name == "Moscow" && a.Kind == AliasKind.Metonym);
        var kcna = snapshot.Actors.Single(a => a.Slug == "korean-central-news-agency");
        Assert.Contains(kcna.Aliases, a => a.Name == "KCNA" && a.Kind == AliasKind.ShortName);
        Assert.All(snapshot.Claims, c => Assert.NotEmpty(c.Quotes));
    }
}
