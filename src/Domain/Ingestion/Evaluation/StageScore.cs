namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>One row of the accuracy table: a stage's measure as counts, with precision, recall and F1 derived.</summary>
public sealed record StageScore(string Stage, string Measure, int TruePositives, int FalsePositives, int FalseNegatives, string? Note = null)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One evaluated article: the raw file, what the pipeline made of it, and the snapshot it ran against.</summary>
public sealed record EvaluationCase(string FileName, RawArticle Raw, IngestionResult Result, KnowledgeSnapshot Knowledge);

/// <summary>
/// Scores one stage against hand-made gold. Gold lives in files under a gold folder (tools/eval/gold), one file per
/// scorer, with offsets into the raw seed files and at most a few words of quotation: never the seed text itself.
/// </summary>
public interface IStageScorer
{
    IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder);
}
