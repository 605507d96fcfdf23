namespace NewsTreaty.Domain.Ingestion.Similarity;

/// <summary>What stage 7 compares against, computed once per snapshot: known texts' shingles and known claims' fingerprints.</summary>
internal sealed class KnownIndex
{
    private KnownIndex(List<(KnownArticle Article, HashSet<ulong> Shingles, ulong[] Signature)> texts, List<(KnownClaim Claim, ClaimFingerprint Fingerprint)> claims)
    {
        Texts = texts;
        Claims = claims;
    }

    public List<(KnownArticle Article, HashSet<ulong> Shingles, ulong[] Signature)> Texts { get; }

    public List<(KnownClaim Claim, ClaimFingerprint Fingerprint)> Claims { get; }

    public static KnownIndex Build(KnowledgeSnapshot knowledge)
    {
        var texts = knowledge.Articles
            .Where(a => !string.IsNullOrWhiteSpace(a.Text))
            .Select(a =>
            {
                var shingles = Shingles.Of(a.Text!);
                return (a, shingles, Shingles.Signature(shingles));
            })
            .ToList();
        var claims = knowledge.Claims
            .Select(c => (c, ClaimSimilarity.Fingerprint(c.Text + " " + string.Join(' ', c.Quotes), [], c.ClaimantActorId, c.SubjectIds)))
            .ToList();
        return new KnownIndex(texts, claims);
    }
}
