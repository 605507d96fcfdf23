using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;
using Xunit.Abstractions;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>
/// The stages on the five real seed articles (read from ../shared/seeds, never committed), each read against the
/// knowledge base without it (leave one out, as the eval command does), scored against tools/eval/gold and the
/// curated dataset. Skipped where the seeds are not beside the clone.
/// </summary>
public sealed class SeedEvaluationTests(ITestOutputHelper output)
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsTreaty.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>compromise's names in the same cleaned texts, when node and tools/eval/node_modules are there (npm ci).</summary>
    private static List<FoundMention>? Compromise(IReadOnlyList<EvaluationCase> cases)
    {
        var script = Path.Combine(Root, "tools", "eval", "compromise.mjs");
        if (!Directory.Exists(Path.Combine(Root, "tools", "eval", "node_modules", "compromise")) || !File.Exists("/usr/bin/node"))
        {
            return null;
        }

        var input = System.Text.Json.JsonSerializer.Serialize(new { texts = cases.Select(c => new { id = c.FileName, text = c.Result.Article.Text }) });
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/node", script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("entities").EnumerateArray().Select(e =>
                new FoundMention(r.GetProperty("id").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())))
            .ToList();
    }

    [SkippableFact]
    public async Task TheStagesMeetTheirTargetsOnTheSeedsLeavingEachOneOut()
    {
        var seeds = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
        Skip.IfNot(Directory.Exists(seeds), $"The seed articles are not at {seeds}.");
        var bundle = BundleImporter.Parse(BundleExporter.ReadCuratedJson());
        var full = await HonestKnowledge.FromBundleAsync(bundle, CancellationToken.None);
        var cases = new Evaluator(new IngestionPipeline().Run).Cases(Evaluator.ReadFolder(seeds), full, bundle);
        var gold = Path.Combine(Root, "tools", "eval", "gold");
        var scores = Evaluator.DiscoverScorers(bundle).SelectMany(s => s.Score(cases, gold)).ToList();

        if (Compromise(cases) is { } compromise)
        {
            scores.Add(ActorMentionScorer.ScoreFound(cases, compromise, gold));
        }

        foreach (var s in scores)
        {
            output.WriteLine($"{s.Stage,-14} {s.Measure,-32} P {s.Precision:0.00} R {s.Recall:0.00} F1 {s.F1:0.00} (tp {s.TruePositives}, fp {s.FalsePositives}, fn {s.FalseNegatives}) {s.Note}");
        }

        Assert.Equal(5, scores.Single(s => s.Measure == "publication date").TruePositives);
        Assert.True(scores.Single(s => s.Measure == "actor mentions resolved").F1 >= 0.9, "actor resolution F1 below 0.9");
        Assert.True(scores.Single(s => s.Measure == "time expressions").F1 >= 0.85, "time expressions F1 below 0.85");
        Assert.True(scores.Single(s => s.Measure == "claims matched to gold claims") is { Recall: >= 0.7, Precision: >= 0.7 }, "claims below 0.7/0.7");
        Assert.Equal(1, scores.Single(s => s.Measure == "syndication pairs").TruePositives);
        var quotes = scores.Single(s => s.Measure == "quotes with the right speaker");
        Assert.True(quotes.Recall >= 0.9, "quote speakers below 0.9");
    }
}
