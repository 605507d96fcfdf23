using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// Stage 3: actor mentions resolved. A predicted mention is right when it overlaps a gold mention and resolves to
/// the same actor (a gold "new:Name" accepts any new actor of that name). Ambiguous predictions count as misses,
/// not as errors; wrong actors and mentions the gold lacks (including furniture the cleaner kept) as errors.
/// </summary>
public sealed class ActorMentionScorer : IStageScorer
{
    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var gold = Gold.Read<List<GoldMention>>(goldFolder, "actors.json");
        int tp = 0, fp = 0, fn = 0;
        foreach (var c in cases)
        {
            var expected = gold.GetValueOrDefault(c.FileName) ?? [];
            var predicted = c.Result.Actors.Mentions.Where(m => m.Resolution != MentionResolution.Ambiguous).ToList();
            var predictedSpans = predicted.Select(m => c.Result.Article.Map.ToRaw(m.Span)).ToList();
            var matched = SpanMatching.Match(predictedSpans, expected.Select(g => new TextSpan(g.Start, g.End)).ToList(), 0.5,
                (p, g) => Same(predicted[p], expected[g].Actor));
            tp += matched.Count;
            fp += predicted.Count - matched.Count;
            fn += expected.Count - matched.Count;
        }

        return [new StageScore("actors", "actor mentions resolved", tp, fp, fn)];
    }

    private static bool Same(ActorMention mention, string actor) =>
        actor.StartsWith("new:", StringComparison.Ordinal)
            ? mention.Resolution == MentionResolution.New && mention.NewActorKey == "new:" + Slug.From(actor[4..])
            : mention.ActorSlug == actor;
}
