namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>Matching predicted spans to gold spans one to one, shared by the understanding stages' scorers.</summary>
internal static class SpanMatching
{
    /// <summary>How much two spans share, over the shorter one: 1 when one holds the other.</summary>
    public static double Overlap(TextSpan a, TextSpan b)
    {
        var shared = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        var shorter = Math.Min(a.Length, b.Length);
        return shared <= 0 || shorter == 0 ? 0 : (double)shared / shorter;
    }

    /// <summary>
    /// Pairs predictions with gold items one to one, best overlap first, keeping pairs that overlap by at least
    /// <paramref name="minimum"/> and that <paramref name="compatible"/> accepts.
    /// </summary>
    public static List<(int Predicted, int Gold)> Match(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold, double minimum,
        Func<int, int, bool>? compatible = null)
    {
        var pairs = new List<(int P, int G, double O)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Overlap(predicted[p], gold[g]);
                if (overlap >= minimum && (compatible is null || compatible(p, g)))
                {
                    pairs.Add((p, g, overlap));
                }
            }
        }

        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matched = new List<(int, int)>();
        foreach (var (p, g, _) in pairs.OrderByDescending(x => x.O))
        {
            if (!usedP.Contains(p) && !usedG.Contains(g))
            {
                usedP.Add(p);
                usedG.Add(g);
                matched.Add((p, g));
            }
        }

        return matched;
    }

    /// <summary>The slug (or new actor key) a mention resolved to, or null when ambiguous.</summary>
    public static string? Resolved(ActorMention mention) => mention.Resolution switch
    {
        MentionResolution.Known => mention.ActorSlug,
        MentionResolution.New => mention.NewActorKey,
        _ => null,
    };
}

internal sealed record GoldMention(int Start, int End, string Words, string Actor);

internal sealed record GoldQuote(int Start, int End, string Words, List<string> Speakers);
