using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// Stage 5: claims matched to gold claims, the curated dataset's appearances in each seed file (raw offsets). A
/// proposal matches an appearance it overlaps by at least half of the shorter of the two, one to one; the note
/// says how many matched proposals also have the gold claim's kind.
/// </summary>
public sealed class ClaimScorer(Bundle dataset) : IStageScorer
{
    public IReadOnlyList<StageScore> Score(IReadOnlyList<EvaluationCase> cases, string goldFolder)
    {
        int tp = 0, fp = 0, fn = 0, sameKind = 0;
        foreach (var c in cases)
        {
            var article = dataset.Articles.FirstOrDefault(a => a.Source?.Name == c.FileName);
            var appearances = article is null
                ? []
                : dataset.Claims.SelectMany(claim => (claim.Appearances ?? []).Where(a => a.Article == article.Slug).Select(a => (Claim: claim, Appearance: a))).ToList();
            var proposals = c.Result.Claims;
            var matched = SpanMatching.Match(proposals.Select(p => c.Result.Article.Map.ToRaw(p.Span)).ToList(),
                appearances.Select(a => new TextSpan(a.Appearance.Start, a.Appearance.End)).ToList(), 0.5);
            tp += matched.Count;
            fp += proposals.Count - matched.Count;
            fn += appearances.Count - matched.Count;
            sameKind += matched.Count(m => proposals[m.Predicted].Kind == appearances[m.Gold].Claim.Kind);
        }

        return [new StageScore("5 claims", "claims matched to gold claims", tp, fp, fn, $"{sameKind}/{tp} matched with the gold claim's kind")];
    }
}
