namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>An expression some system found in an article's cleaned text (ours, or chrono-node's on the same text).</summary>
public sealed record FoundTime(string FileName, int Start, int End, string? Date, string? EndDate);

/// <summary>
/// Stage 4: time expressions. A found expression overlapping a gold one (gold offsets are raw; they are sent into
/// the cleaned text through the cleaner's map) with an agreeing date is a true positive; any other found
/// expression in the scored parts is a false positive; a gold expression not found with its date, a false negative.
/// </summary>
public sealed class TimeExpressionScorer : IStageScorer
{
    public const string GoldFile = "time-expressions.json";

    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var found = cases.SelectMany(c => c.Result.Times.Select(t => new FoundTime(c.FileName, t.Span.Start, t.Span.End, t.Date?.ToString(), t.EndDate?.ToString())));
        return [ScoreFound(cases, [.. found], goldFolder)];
    }

    /// <summary>Scores any system's expressions, in the cleaned texts of <paramref name="cases"/>, against the same gold.</summary>
    public static StageScore ScoreFound(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<FoundTime> found, string goldFolder)
    {
        var gold = Gold.Read<List<GoldSpan>>(goldFolder, GoldFile);
        int tp = 0, fp = 0, fn = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            if (!gold.TryGetValue(c.FileName, out var expected))
            {
                continue;
            }

            var mine = found.Where(f => f.FileName == c.FileName).ToList();
            var used = new HashSet<FoundTime>();
            foreach (var want in expected)
            {
                var span = c.Result.Article.Map.ToCleaned(new TextSpan(want.Start, want.End));
                var match = span is null ? null : mine.FirstOrDefault(f => !used.Contains(f) && f.Start < span.Value.End && span.Value.Start < f.End);
                if (match is not null)
                {
                    used.Add(match);
                }

                if (match is not null && Gold.Agree(Gold.Date(match.Date), Gold.Date(match.EndDate), Gold.Date(want.Date), Gold.Date(want.EndDate)))
                {
                    tp++;
                    continue;
                }

                // Found with the wrong date: the finding is wrong (FP) and the gold is still missing (FN).
                fn++;
                fp += match is null ? 0 : 1;
                misses.Add($"{c.FileName[..3]} «{want.Text}» {(match is null ? "not found" : "as " + (match.Date ?? "unresolved"))}");
            }

            foreach (var extra in mine.Where(f => !used.Contains(f)))
            {
                fp++;
                misses.Add($"{c.FileName[..3]} extra «{Excerpt(c, extra)}»");
            }
        }

        return new StageScore("4 time", "time expressions", tp, fp, fn, misses.Count > 0 ? string.Join("; ", misses.Take(8)) : null);
    }

    private static string Excerpt(EvaluationCase c, FoundTime found)
    {
        var text = c.Result.Article.Text;
        return found.End <= text.Length && found.Start < found.End ? text[found.Start..Math.Min(found.End, found.Start + 30)] : "?";
    }
}
