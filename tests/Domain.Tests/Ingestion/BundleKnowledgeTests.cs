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
        Assert.All(snapshot.Claims, c => Assert.NotEmpty(c.Quotes));
    }

    [Theory]
    [InlineData("Kim", "Kim Jong Un", ActorKind.Person, AliasKind.ShortName)]
    [InlineData("Mr Kim", "Kim Jong Un", ActorKind.Person, AliasKind.ShortName)]
    [InlineData("Kim Jong-un", "Kim Jong Un", ActorKind.Person, AliasKind.Name)]
    [InlineData("the North Korean leader", "Kim Jong Un", ActorKind.Person, AliasKind.TitleOrRole)]
    [InlineData("Russia's dictator", "Vladimir Putin", ActorKind.Person, AliasKind.Description)]
    [InlineData("the hermit kingdom", "North Korea", ActorKind.State, AliasKind.Description)]
    [InlineData("Pyongyang", "North Korea", ActorKind.State, AliasKind.Metonym)]
    [InlineData("the Kremlin", "Russia", ActorKind.State, AliasKind.Metonym)]
    [InlineData("the US", "United States", ActorKind.State, AliasKind.Name)]
    [InlineData("the United Nations", "United Nations", ActorKind.Organisation, AliasKind.Name)]
    [InlineData("Democratic People's Republic of Korea", "North Korea", ActorKind.State, AliasKind.Name)]
    public void AliasKindsAreGuessedFromTheirShape(string alias, string actor, ActorKind kind, AliasKind expected) =>
        Assert.Equal(expected, AliasKinds.Guess(alias, actor, kind));
}
