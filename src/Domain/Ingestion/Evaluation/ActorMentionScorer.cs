using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>A name another system found (compromise's people, places, organisations), in a case's cleaned text.</summary>
public sealed record FoundMention(string FileName, int Start, int End);

/// <summary>
/// Stage 3: actor mentions resolved. A predicted mention is right when it overlaps a gold mention by half and
/// resolves to the same actor (a gold "new:Name" accepts a new actor of that name). Ambiguous predictions count
/// as misses, not errors; wrong actors and mentions the gold lacks (furniture the cleaner kept, places read as
/// actors) as errors. A second row scores mentions found, whatever they resolve to, which is the measure other
/// systems (compromise) are compared on through <see cref="ScoreFound"/>.
/// </summary>
public sealed class ActorMentionScorer : IStageScorer
{
    public const string GoldFile = "actors.json";

    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var gold = Gold.Read<List<GoldMention>>(goldFolder, GoldFile);
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

        var found = cases.SelectMany(c => c.Result.Actors.Mentions.Select(m => new FoundMention(c.FileName, m.Span.Start, m.Span.End))).ToList();
        return [new StageScore("3 actors", "actor mentions resolved", tp, fp, fn), ScoreFound(cases, found, goldFolder)];
    }

    /// <summary>Scores any system's mentions (cleaned-text offsets) on being found at all, against the same gold.</summary>
    public static StageScore ScoreFound(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<FoundMention> found, string goldFolder)
    {
        var gold = Gold.Read<List<GoldMention>>(goldFolder, GoldFile);
        int tp = 0, fp = 0, fn = 0;
        foreach (var c in cases)
        {
            var expected = gold.GetValueOrDefault(c.FileName) ?? [];
            var mine = found.Where(f => f.FileName == c.FileName && f.End <= c.Result.Article.Text.Length && f.Start < f.End).ToList();
            var spans = mine.Select(f => c.Result.Article.Map.ToRaw(new TextSpan(f.Start, f.End))).ToList();
            var matched = SpanMatching.Match(spans, expected.Select(g => new TextSpan(g.Start, g.End)).ToList(), 0.5);
            tp += matched.Count;
            fp += mine.Count - matched.Count;
            fn += expected.Count - matched.Count;
        }

        return new StageScore("3 actors", "actor mentions found", tp, fp, fn);
    }

    private static bool Same(ActorMention mention, string actor) =>
        actor.StartsWith("new:", StringComparison.Ordinal)
            ? mention.Resolution == MentionResolution.New && mention.NewActorKey == "new:" + Slug.From(actor[4..])
            : mention.ActorSlug == actor;
}
