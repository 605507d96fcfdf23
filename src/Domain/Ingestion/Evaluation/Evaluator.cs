using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>One row of the accuracy table: which system produced the output the score measures.</summary>
public sealed record ScoreRow(string System, StageScore Score);

/// <summary>
/// Runs the pipeline on raw seed files against honest knowledge (<see cref="HonestKnowledge"/>) and scores the
/// results with every <see cref="IStageScorer"/>; the comparison tools' outputs are scored the same way.
/// </summary>
public sealed class Evaluator(PipelineRunner pipeline)
{
    public const string Pipeline = "NewsTreaty";

    /// <summary>Every scorer the domain assembly defines (the stage owners' gold scorers); those scored against the curated dataset get <paramref name="curated"/>.</summary>
    public static IReadOnlyList<IStageScorer> DiscoverScorers(Bundle curated) =>
        [.. typeof(IStageScorer).Assembly.GetTypes()
            .Where(t => typeof(IStageScorer).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => t.GetConstructor(Type.EmptyTypes) is not null ? (IStageScorer)Activator.CreateInstance(t)!
                : t.GetConstructor([typeof(Bundle)]) is not null ? (IStageScorer)Activator.CreateInstance(t, curated)!
                : null)
            .OfType<IStageScorer>()];

    /// <summary>Reads the seed files (text or HTML) of <paramref name="folder"/>, in name order, as submitted articles.</summary>
    public static IReadOnlyList<(string FileName, SubmittedArticle Article)> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), RawInput.FromBytes(File.ReadAllBytes(f), null, fileName: Path.GetFileName(f))))];

    public IReadOnlyList<EvaluationCase> Cases(IReadOnlyList<(string FileName, SubmittedArticle Article)> files, KnowledgeSnapshot full, Bundle curated)
    {
        // The other seeds' texts, cleaned by stage 1 as ingesting them would store them.
        var texts = files.ToDictionary(f => f.FileName, f => new ArticleCleaner().Run(f.Article.Raw).Text);
        return [.. files.Select(f =>
        {
            var heldOut = curated.Articles.Any(a => a.Source?.Name == f.FileName) ? f.FileName : f.Article.RawSha256;
            var knowledge = HonestKnowledge.Without(full, curated, heldOut, texts.Where(t => t.Key != f.FileName).ToDictionary());
            return new EvaluationCase(f.FileName, f.Article.Raw, pipeline(f.Article.Raw, knowledge), knowledge);
        })];
    }

    /// <summary>Scores <paramref name="cases"/> with each scorer; a scorer that fails is reported in <paramref name="notes"/>, not fatal.</summary>
    public static IReadOnlyList<ScoreRow> Score(string system, IEnumerable<IStageScorer> scorers, IReadOnlyList<EvaluationCase> cases, string gold, List<string> notes)
    {
        var rows = new List<ScoreRow>();
        foreach (var scorer in scorers)
        {
            try
            {
                rows.AddRange(scorer.Score(cases, gold).Select(s => new ScoreRow(system, s)));
            }
            catch (Exception ex) when (ex is IOException or DomainException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
            {
                notes.Add($"{scorer.GetType().Name} could not score {system}: {ex.Message}");
            }
        }

        return rows;
    }
}
