using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// Stage 7: syndication pairs. A pair is found when either file's ingestion reports the other (through the known
/// article whose source hash is the other file's) as a syndicated copy, in either direction.
/// </summary>
public sealed class SyndicationScorer : IStageScorer
{
    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var gold = Gold.Read<List<string>>(goldFolder, "syndication.json")
            .SelectMany(entry => entry.Value.Select(other => Key(entry.Key, other)))
            .ToHashSet(StringComparer.Ordinal);
        var fileByHash = cases.ToDictionary(c => Hashing.Sha256Hex(c.Raw.Content), c => c.FileName, StringComparer.OrdinalIgnoreCase);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            foreach (var match in c.Result.CrossArticle.Articles.Where(m => m.Kind == ArticleMatchKind.Syndicated))
            {
                var known = c.Knowledge.Articles.FirstOrDefault(a => a.Id == match.ArticleId);
                if (known?.SourceSha256 is { } hash && fileByHash.TryGetValue(hash, out var other) && other != c.FileName)
                {
                    found.Add(Key(c.FileName, other));
                }
            }
        }

        var tp = found.Count(gold.Contains);
        return [new StageScore("7 cross-article", "syndication pairs", tp, found.Count - tp, gold.Count - tp)];
    }

    private static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;
}
