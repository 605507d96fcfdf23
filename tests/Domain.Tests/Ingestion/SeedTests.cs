using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>The five raw seeds (read from ../shared/seeds, never committed): quotations survive cleaning exactly, dates come out right.</summary>
public sealed class SeedTests
{
    [SkippableFact]
    public void EveryCuratedQuotationMapsToTheIdenticalCleanedText()
    {
        var seeds = SeedFolder.Find();
        Skip.If(seeds is null, "../shared/seeds is not beside this checkout; set NEWSTREATY_SEEDS to run the seeds through the cleaner.");
        var checkedCount = 0;
        foreach (var article in IngestionTestData.Curated.Articles)
        {
            var raw = File.ReadAllText(Path.Combine(seeds!, article.Source!.Name));
            var cleaned = new ArticleCleaner().Run(new RawArticle(raw, SourceFormat.Text));
            foreach (var appearance in IngestionTestData.Curated.Claims.SelectMany(c => c.Appearances!).Where(a => a.Article == article.Slug))
            {
                var rawSpan = new TextSpan(appearance.Start, appearance.End);
                var span = cleaned.Map.ToCleaned(rawSpan);
                Assert.True(span is not null, $"{article.Source.Name} [{appearance.Start}, {appearance.End}) «{appearance.Quote[..Math.Min(30, appearance.Quote.Length)]}…» was cut by the cleaner");
                Assert.Equal(appearance.Quote, span.Value.Of(cleaned.Text));
                Assert.Equal(rawSpan, cleaned.Map.ToRaw(span.Value));
                Assert.Contains(cleaned.Body, b => b.Contains(span.Value));
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 100, $"{checkedCount} appearances checked");
    }

    [SkippableFact]
    public void PublicationDatesMatchTheCuratedOnes()
    {
        var seeds = SeedFolder.Find();
        Skip.If(seeds is null, "../shared/seeds is not beside this checkout.");
        foreach (var article in IngestionTestData.Curated.Articles)
        {
            var raw = new RawArticle(File.ReadAllText(Path.Combine(seeds!, article.Source!.Name)), SourceFormat.Text);
            var result = IngestionTestData.Run(raw, IngestionTestData.Snapshot);
            var published = result.Metadata.Published;
            Assert.True(published is not null, article.Slug + " has no date");
            var gold = Common.PartialDate.Parse(article.Published.Date);

            // An inferred gold date is approximate: a day either side is the same answer for an editor to confirm.
            var tolerance = gold.Approximate ? 1 : 0;
            Assert.True(Math.Abs(published.Value.Date.Start.DayNumber - gold.Start.DayNumber) <= tolerance, $"{article.Slug}: {published.Value.Date} vs {gold}");
            Assert.Equal(article.Published.Basis, published.Value.Basis);
        }
    }

    [SkippableFact]
    public void TheStraitsTimesPageIsNotDatedByItsNovember2025Teasers()
    {
        var seeds = SeedFolder.Find();
        Skip.If(seeds is null, "../shared/seeds is not beside this checkout.");
        var raw = new RawArticle(File.ReadAllText(Path.Combine(seeds!, "001_46ebb0d35cca3ed9.txt")), SourceFormat.Text);
        var result = IngestionTestData.Run(raw, IngestionTestData.Snapshot);
        Assert.Equal("2024-06-18", result.Metadata.Published?.Value.Date.ToString());
        Assert.Equal("straits-times", result.Metadata.OutletSlug);
        Assert.DoesNotContain("November 04, 2025", result.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Times, t => t.Date?.Year == 2025);
    }
}
