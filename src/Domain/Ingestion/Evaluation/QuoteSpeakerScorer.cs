namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// Stage 5: quotes with the right speaker. Every quotation the claims carry is matched to the gold quotation it
/// overlaps; it is right when its speaker is one the gold accepts (or both say nobody). The note gives speaker
/// accuracy over the quotations found.
/// </summary>
public sealed class QuoteSpeakerScorer : IStageScorer
{
    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        var gold = Gold.Read<List<GoldQuote>>(goldFolder, "quotes.json");
        int tp = 0, fp = 0, fn = 0, found = 0;
        foreach (var c in cases)
        {
            var expected = gold.GetValueOrDefault(c.FileName) ?? [];
            var quotes = c.Result.Claims.SelectMany(claim => claim.Quotations).DistinctBy(q => q.Span).ToList();
            var spans = quotes.Select(q => c.Result.Article.Map.ToRaw(q.Span)).ToList();
            var matched = SpanMatching.Match(spans, expected.Select(g => new TextSpan(g.Start, g.End)).ToList(), 0.5);
            found += matched.Count;
            var right = matched.Count(pair => Right(c, quotes[pair.Predicted].Speaker, expected[pair.Gold].Speakers));
            tp += right;
            fp += quotes.Count - right;
            fn += expected.Count - right;
        }

        var accuracy = found == 0 ? 0 : (double)tp / found;
        return [new StageScore("5 claims", "quotes with the right speaker", tp, fp, fn, $"speaker accuracy {tp}/{found} = {accuracy:0.00} of the quotations found")];
    }

    private static bool Right(EvaluationCase c, Claimant speaker, List<string> accepted)
    {
        var slug = speaker.MentionIndex is { } m && m < c.Result.Actors.Mentions.Count ? SpanMatching.Resolved(c.Result.Actors.Mentions[m]) : null;
        return accepted.Count == 0 ? slug is null : slug is not null && accepted.Contains(slug);
    }
}
