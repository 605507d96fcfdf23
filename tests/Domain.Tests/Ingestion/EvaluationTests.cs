using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>The text stages' scorers on the five seeds against tools/eval/gold, at the targets.</summary>
public sealed class EvaluationTests
{
    [SkippableFact]
    public void TheTextStagesMeetTheirTargetsOnTheSeeds()
    {
        var seeds = SeedFolder.Find();
        Skip.If(seeds is null, "../shared/seeds is not beside this checkout.");
        var cases = Directory.GetFiles(seeds!, "*.txt").Order().Select(path =>
        {
            var raw = new RawArticle(File.ReadAllText(path), SourceFormat.Text, FileName: Path.GetFileName(path));
            return new EvaluationCase(Path.GetFileName(path), raw, IngestionTestData.Run(raw, IngestionTestData.Snapshot), IngestionTestData.Snapshot);
        }).ToList();
        var gold = GoldFolder();

        var dates = Assert.Single(new PublicationDateScorer().Score(cases, gold));
        Assert.True(dates.TruePositives == 5 && dates.FalsePositives == 0, $"publication date {dates.TruePositives}/5: {dates.Note}");

        var times = Assert.Single(new TimeExpressionScorer().Score(cases, gold));
        Assert.True(times.F1 >= 0.85, $"time expressions F1 {times.F1:0.00} (P {times.Precision:0.00}, R {times.Recall:0.00}): {times.Note}");

        var furniture = Assert.Single(new FurnitureScorer().Score(cases, gold));
        Assert.True(furniture.F1 >= 0.95 && furniture.FalsePositives == 0, $"furniture F1 {furniture.F1:0.00}: {furniture.Note}");
    }

    [Fact]
    public void AnotherSystemsFindingsAreScoredOnTheSameText()
    {
        var text = "Asia\n\nA headline about a summit\n\nThe two leaders met on Wednesday, a year after the 2023 talks.";
        var raw = new RawArticle(text, SourceFormat.Text, FileName: "x.txt");
        var result = IngestionTestData.Run(raw, Domain.Ingestion.KnowledgeSnapshot.Empty);
        var folder = Directory.CreateTempSubdirectory("gold").FullName;
        var at = text.IndexOf("2023", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, TimeExpressionScorer.GoldFile),
            $$"""{ "files": { "x.txt": [ { "start": {{at}}, "end": {{at + 4}}, "text": "2023", "date": "2023" } ] } }""");
        var cleanedAt = result.Article.Map.ToCleaned(at)!.Value;
        var cases = new[] { new EvaluationCase("x.txt", raw, result, Domain.Ingestion.KnowledgeSnapshot.Empty) };

        var right = TimeExpressionScorer.ScoreFound(cases, [new FoundTime("x.txt", cleanedAt, cleanedAt + 4, "2023", null)], folder);
        var wrong = TimeExpressionScorer.ScoreFound(cases, [new FoundTime("x.txt", cleanedAt, cleanedAt + 4, "2024", null), new FoundTime("x.txt", 0, 2, "1999", null)], folder);
        Assert.Equal((1, 0, 0), (right.TruePositives, right.FalsePositives, right.FalseNegatives));
        Assert.Equal((0, 2, 1), (wrong.TruePositives, wrong.FalsePositives, wrong.FalseNegatives));
    }

    private static string GoldFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsTreaty.sln")))
            {
                return Path.Combine(dir.FullName, "tools", "eval", "gold");
            }
        }

        throw new DirectoryNotFoundException("tools/eval/gold not found above " + AppContext.BaseDirectory);
    }
}
