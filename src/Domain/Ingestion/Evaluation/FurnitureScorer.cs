namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// Stage 1: furniture lines removed. A gold furniture line the cleaned text no longer holds is a true positive,
/// one it still holds a false negative; an article line the cleaner dropped is a false positive.
/// </summary>
public sealed class FurnitureScorer : IStageScorer
{
    public const string GoldFile = "furniture.json";

    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var gold = Gold.Read<List<GoldSpan>>(goldFolder, GoldFile);
        int tp = 0, fp = 0, fn = 0, articleLines = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            if (!gold.TryGetValue(c.FileName, out var lines))
            {
                continue;
            }

            var map = c.Result.Article.Map;
            foreach (var line in lines)
            {
                var kept = Enumerable.Range(line.Start, line.End - line.Start).Any(i => map.ToCleaned(i) is not null);
                if (line.Label == "furniture")
                {
                    _ = kept ? fn++ : tp++;
                    if (kept)
                    {
                        misses.Add($"{c.FileName[..3]} kept «{line.Words}»");
                    }
                }
                else
                {
                    articleLines++;
                    if (!kept)
                    {
                        fp++;
                        misses.Add($"{c.FileName[..3]} dropped «{line.Words}»");
                    }
                }
            }
        }

        var note = $"{articleLines} article lines in the gold" + (misses.Count > 0 ? "; " + string.Join("; ", misses.Take(6)) : "");
        return [new StageScore("1 cleaning", "furniture lines removed", tp, fp, fn, note)];
    }
}
