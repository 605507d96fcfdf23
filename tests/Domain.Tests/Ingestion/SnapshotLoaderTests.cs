using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>The knowledge read from a database is the knowledge read from the bundle it was imported from: alias kinds and periods included.</summary>
public sealed class SnapshotLoaderTests
{
    [Fact]
    public async Task TheDatabaseGivesEveryAliasItsKindAndPeriodAsTheBundleDoes()
    {
        var bundle = BundleImporter.Parse(BundleExporter.ReadCuratedJson());
        var fromDb = await HonestKnowledge.FromBundleAsync(bundle, CancellationToken.None);
        var fromBundle = BundleKnowledge.From(bundle);
        foreach (var actor in fromBundle.Actors)
        {
            var stored = Assert.Single(fromDb.Actors, a => a.Slug == actor.Slug);
            Assert.Equal(actor.Aliases.OrderBy(a => a.Name, StringComparer.Ordinal), stored.Aliases.OrderBy(a => a.Name, StringComparer.Ordinal));
        }

        // Not all plain names: the curated story has honorifics, metonyms and titles, which must survive the database.
        var kinds = fromDb.Actors.SelectMany(a => a.Aliases).Select(a => a.Kind).ToHashSet();
        Assert.Superset(new HashSet<AliasKind> { AliasKind.ShortName, AliasKind.Metonym, AliasKind.TitleOrRole }, kinds);
    }

    [Fact]
    public async Task HonorificsMetonymsAndTitlesResolveFromTheDatabase()
    {
        var bundle = BundleImporter.Parse(BundleExporter.ReadCuratedJson());
        var fromDb = await HonestKnowledge.FromBundleAsync(bundle, CancellationToken.None);
        const string text = "Putin and Kim Jong Un met in Pyongyang on June 19th 2024.\n\nMr Kim said the Kremlin had been a friend, KCNA reported. The Russian president agreed.";
        var raw = new RawArticle(text, SourceFormat.Text, PublishedHint: "2024-06-20");
        var fromBundle = IngestionTestData.Run(raw, BundleKnowledge.From(bundle));
        var result = IngestionTestData.Run(raw, fromDb);
        Assert.Equal(Resolved(fromBundle), Resolved(result));
        Assert.Contains(("Putin", "vladimir-putin"), Resolved(result));
        Assert.Contains(("Mr Kim", "kim-jong-un"), Resolved(result));
        Assert.Contains(("the Kremlin", "russia"), Resolved(result));
        Assert.Contains(("KCNA", "korean-central-news-agency"), Resolved(result));
        Assert.Contains(("The Russian president", "vladimir-putin"), Resolved(result));
    }

    /// <summary>"The Kremlin" is the Soviet Union's metonym until December 1991 and Russia's after: the stored periods decide.</summary>
    [Theory]
    [InlineData("1988-05-02", "soviet-union")]
    [InlineData("2024-06-20", "russia")]
    public async Task AMetonymSharedOverTimeResolvesByTheArticlesDate(string published, string expected)
    {
        var fromDb = await HonestKnowledge.FromBundleAsync(BundleImporter.Parse(BundleExporter.ReadCuratedJson()), CancellationToken.None);
        var raw = new RawArticle("The Kremlin said the talks with Pyongyang would go on.", SourceFormat.Text, PublishedHint: published);
        Assert.Contains(("The Kremlin", expected), Resolved(IngestionTestData.Run(raw, fromDb)));
    }

    private static List<(string, string?)> Resolved(IngestionResult result) => [.. result.Actors.Mentions.Select(m => (m.Text, m.ActorSlug))];
}
