using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Domain.Tests;

/// <summary>The eval command's core, with a scorer of our own and articles we wrote: leave-one-out knowledge, every scorer, every case.</summary>
public sealed class EvaluatorTests
{
    private static readonly Bundle Curated = BundleImporter.Parse(BundleExporter.ReadCuratedJson());

    /// <summary>Counts the cases it is given and checks the held-out article is absent from each case's knowledge.</summary>
    private sealed class CountingScorer : IStageScorer
    {
        public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder) =>
        [
            new StageScore("test", "cases", cases.Count, 0, 0),
            new StageScore("test", "held out", cases.Count(c => c.Knowledge.Articles.All(a => a.Slug != "economist-2024-06-22-putin-kim-bromance")), 0,
                cases.Count(c => c.Knowledge.Articles.Any(a => a.Slug == "economist-2024-06-22-putin-kim-bromance"))),
        ];
    }

    private sealed class BrokenScorer : IStageScorer
    {
        public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder) =>
            throw new FileNotFoundException("no gold file", Path.Combine(goldFolder, "broken.json"));
    }

    [Fact]
    public async Task EachArticleIsReadWithoutItselfAndItsOwnQuotationsAndEveryScorerScoresEveryCase()
    {
        var files = new[]
        {
            // Named like the Economist seed's source file (the text is ours): its case must not know that article.
            ("000_75563d6298d5d269.txt", RawInput.FromText("Our own article about a river treaty.\n\nThe ministers met.", SourceFormat.Text)),
            ("ours.txt", RawInput.FromText("Another article of ours.\n\nNothing happened.", SourceFormat.Text)),
        };
        var full = await HonestKnowledge.FromBundleAsync(Curated, CancellationToken.None);
        var notes = new List<string>();

        var cases = new Evaluator(new IngestionPipeline().Run).Cases(files, full, Curated);
        var rows = Evaluator.Score(Evaluator.Pipeline, [new CountingScorer(), new BrokenScorer()], cases, "/nowhere", notes);

        Assert.Equal(Curated.Articles.Count, full.Articles.Count);
        Assert.Equal([2, 1], rows.Select(r => r.Score.TruePositives));
        Assert.Equal(1, rows[1].Score.FalseNegatives); // the other case may know it
        var heldOut = cases[0].Knowledge;
        var onlyThere = Curated.Claims.Where(c => c.Appearances!.All(a => a.Article == "economist-2024-06-22-putin-kim-bromance")).Select(c => c.Slug).ToList();
        Assert.NotEmpty(onlyThere);
        Assert.DoesNotContain(heldOut.Claims, c => onlyThere.Contains(c.Slug));
        Assert.Contains(cases[1].Knowledge.Claims, c => onlyThere.Contains(c.Slug));
        Assert.Contains(notes, n => n.Contains("BrokenScorer", StringComparison.Ordinal));
    }
}
