namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// Stage 2: the publication date. Right (true positive) when it agrees with the curated date (an approximate,
/// inferred gold date accepts a day either side); wrong counts as a false positive and a false negative; none
/// at all as a false negative. The note says how often the time, zone and basis agree too.
/// </summary>
public sealed class PublicationDateScorer : IStageScorer
{
    public const string GoldFile = "publication-date.json";

    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var gold = Gold.Read<GoldPublication>(goldFolder, GoldFile);
        int tp = 0, fp = 0, fn = 0, basis = 0, time = 0, timed = 0;
        var wrong = new List<string>();
        foreach (var c in cases)
        {
            if (!gold.TryGetValue(c.FileName, out var want))
            {
                continue;
            }

            var got = c.Result.Metadata.Published?.Value;
            if (got is null)
            {
                fn++;
                wrong.Add($"{c.FileName[..3]} none");
                continue;
            }

            if (Gold.Agree(got.Date, null, Gold.Date(want.Date), null))
            {
                tp++;
            }
            else
            {
                fp++;
                fn++;
                wrong.Add($"{c.FileName[..3]} {got.Date} (gold {want.Date})");
            }

            basis += string.Equals(got.Basis.ToString().Replace("Date", "-date", StringComparison.Ordinal), want.Basis, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (want.Time is not null)
            {
                timed++;
                time += got.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) == want.Time && (want.TimeZone is null || got.TimeZone == want.TimeZone) ? 1 : 0;
            }
        }

        var note = $"basis agrees {basis}/{tp + fn}; time and zone agree {time}/{timed}" + (wrong.Count > 0 ? "; wrong: " + string.Join(", ", wrong) : "");
        return [new StageScore("2 metadata", "publication date", tp, fp, fn, note)];
    }
}
