using System.Runtime.CompilerServices;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Nlp;
using NewsTreaty.Domain.Ingestion.Similarity;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 7: the same article, syndicated copies and relays already stored; known claims said in other words.
/// Same: URL, source hash, cleaned-text hash, or outlet and headline. Syndicated: word-shingle MinHash, confirmed
/// by shingle containment, so an earlier shorter version of the text is caught too. Relays: "notes X",
/// "X reported", "according to X" naming a medium. Claims: meaning overlap (<see cref="ClaimSimilarity"/>).
/// </summary>
public sealed class CrossArticleMatcher
{
    private const double CopyContainment = 0.45;
    private const double ClaimThreshold = 0.5;

    private readonly ConditionalWeakTable<KnowledgeSnapshot, KnownIndex> _indexes = [];

    public CrossArticleResult Run(RawArticle raw, CleanedArticle article, ArticleMetadata metadata, ActorResolution actors,
        IReadOnlyList<ClaimProposal> claims, KnowledgeSnapshot knowledge)
    {
        var index = _indexes.GetValue(knowledge, KnownIndex.Build);
        var matches = Same(raw, article, metadata, knowledge);
        var body = string.Join("\n\n", article.Body.Select(s => s.Of(article.Text)));
        var shingles = Shingles.Of(body.Length > 0 ? body : article.Text);
        var signature = Shingles.Signature(shingles);
        foreach (var (known, knownShingles, knownSignature) in index.Texts)
        {
            if (matches.Any(m => m.ArticleId == known.Id) || Shingles.Estimate(signature, knownSignature) < 0.05 && shingles.Count > 40)
            {
                continue;
            }

            var containment = Shingles.Containment(shingles, knownShingles);
            if (containment >= CopyContainment)
            {
                matches.Add(Copy(known, metadata, knowledge, containment));
            }
        }

        var relays = Relays(article.Text, actors, knowledge);
        foreach (var relay in relays.Where(r => r.OutletId is not null))
        {
            foreach (var known in knowledge.Articles.Where(a => a.OutletId == relay.OutletId && matches.All(m => m.ArticleId != a.Id)))
            {
                matches.Add(new ArticleMatch(known.Id, known.Slug, ArticleMatchKind.Relays, ArticleRelationKind.RelaysReportingOf, 0.5,
                    $"relays {relay.Name}, whose article this may be"));
            }
        }

        return new CrossArticleResult(matches, MatchClaims(actors, claims, index), relays);
    }

    private static List<ArticleMatch> Same(RawArticle raw, CleanedArticle article, ArticleMetadata metadata, KnowledgeSnapshot knowledge)
    {
        var matches = new List<ArticleMatch>();
        var sourceHash = Hashing.Sha256Hex(raw.Content);
        var contentHash = Hashing.Sha256Hex(article.Text);
        var url = metadata.CanonicalUrl ?? raw.Url;
        var headline = Fold(metadata.Headline?.Value ?? article.TextOf(ArticlePart.Headline));
        var outletId = knowledge.Outlets.FirstOrDefault(o => o.Slug == metadata.OutletSlug)?.Id;
        foreach (var known in knowledge.Articles)
        {
            var reason = string.Equals(known.SourceSha256, sourceHash, StringComparison.OrdinalIgnoreCase) ? "the same source file (SHA-256)"
                : string.Equals(known.ContentHash, contentHash, StringComparison.OrdinalIgnoreCase) ? "the same cleaned text"
                : url is not null && string.Equals(known.CanonicalUrl, url, StringComparison.OrdinalIgnoreCase) ? "the same URL"
                : outletId == known.OutletId && headline.Length > 0 && (headline == Fold(known.Headline) || headline == Fold(known.PrintHeadline)) ? "the same outlet and headline"
                : null;
            if (reason is not null)
            {
                matches.Add(new ArticleMatch(known.Id, known.Slug, ArticleMatchKind.Same, null, 1, reason));
            }
        }

        return matches;
    }

    /// <summary>
    /// A copy of a known text. Which way it was copied is read from the outlets when the text does not say: wires
    /// and magazines syndicate to newspapers, not the other way; between equals, the earlier date is the origin.
    /// </summary>
    private static ArticleMatch Copy(KnownArticle known, ArticleMetadata metadata, KnowledgeSnapshot knowledge, double containment)
    {
        var knownOutlet = knowledge.Outlets.FirstOrDefault(o => o.Id == known.OutletId);
        var newOutlet = knowledge.Outlets.FirstOrDefault(o => o.Slug == metadata.OutletSlug);
        if (newOutlet is not null && newOutlet.Id == known.OutletId)
        {
            return new ArticleMatch(known.Id, known.Slug, ArticleMatchKind.Same, null, containment, $"another version of the same outlet's text ({containment:P0} of shingles shared)");
        }

        var newIsCopy = knownOutlet is null || newOutlet is null
            ? metadata.Published?.Value.Date is not { } date || date >= known.PublishedOn
            : Rank(knownOutlet.Kind) != Rank(newOutlet.Kind) ? Rank(knownOutlet.Kind) < Rank(newOutlet.Kind) : metadata.Published?.Value.Date is not { } d || d >= known.PublishedOn;
        var direction = newIsCopy ? "this article copies it" : "it may be the copy; check which was first";
        return new ArticleMatch(known.Id, known.Slug, ArticleMatchKind.Syndicated, newIsCopy ? ArticleRelationKind.SyndicatedCopyOf : null, containment,
            $"{containment:P0} of the shorter text's word shingles are shared: a syndicated copy ({direction})");
    }

    private static int Rank(OutletKind kind) => kind switch
    {
        OutletKind.Wire => 0,
        OutletKind.Magazine => 1,
        OutletKind.Journal => 2,
        OutletKind.Newspaper => 3,
        _ => 4,
    };

    private static List<OutletRelay> Relays(string text, ActorResolution actors, KnowledgeSnapshot knowledge)
    {
        var relays = new List<OutletRelay>();
        foreach (var mention in actors.Mentions.Where(m => m.Kind == ActorKind.Media && m.Resolution != MentionResolution.Ambiguous))
        {
            var before = text.AsSpan(Math.Max(0, mention.Span.Start - 16), Math.Min(16, mention.Span.Start)).TrimEnd();
            var after = text.AsSpan(mention.Span.End, Math.Min(14, text.Length - mention.Span.End)).TrimStart();
            var cue = before.EndsWith("notes", StringComparison.OrdinalIgnoreCase) || before.EndsWith("writes", StringComparison.OrdinalIgnoreCase)
                      || before.EndsWith("according to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("reports", StringComparison.OrdinalIgnoreCase)
                      || before.EndsWith("reported by", StringComparison.OrdinalIgnoreCase) || before.EndsWith("told", StringComparison.OrdinalIgnoreCase)
                      || after.StartsWith("reported", StringComparison.OrdinalIgnoreCase) || after.StartsWith("reports", StringComparison.OrdinalIgnoreCase)
                      || after.StartsWith("said", StringComparison.OrdinalIgnoreCase) || after.StartsWith("wrote", StringComparison.OrdinalIgnoreCase)
                      || after.StartsWith(':');
            if (!cue || relays.Any(r => string.Equals(r.Name, mention.Text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var outlet = knowledge.Outlets.FirstOrDefault(o => SameName(o.Name, mention.Text) || mention.ActorSlug is { } slug && SameName(o.Name, knowledge.Actors.First(a => a.Slug == slug).Name));
            relays.Add(new OutletRelay(outlet?.Id, outlet?.Slug, mention.Text, mention.Span, $"'{text.Substring(mention.Span.Start, mention.Span.Length)}' is cited as the source of the reporting"));
        }

        return relays;
    }

    private static List<ClaimMatch> MatchClaims(ActorResolution actors, IReadOnlyList<ClaimProposal> claims, KnownIndex index)
    {
        var matches = new List<ClaimMatch>();
        for (var p = 0; p < claims.Count; p++)
        {
            var claim = claims[p];
            var claimant = claim.Claimant.MentionIndex is { } m && m < actors.Mentions.Count ? actors.Mentions[m].ActorId : null;
            var subjects = claim.SubjectMentions.Where(i => i < actors.Mentions.Count).Select(i => actors.Mentions[i].ActorId).OfType<int>();
            var fingerprint = ClaimSimilarity.Fingerprint(claim.Quote, claim.Quantities.Select(q => q.Value).OfType<decimal>(), claimant, subjects);
            var best = index.Claims.Select(k => (k.Claim, Score: ClaimSimilarity.Score(fingerprint, k.Fingerprint))).OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Claim is not null && best.Score >= ClaimThreshold)
            {
                matches.Add(new ClaimMatch(p, best.Claim.Id, best.Claim.Slug, Math.Round(best.Score, 2),
                    $"says what '{best.Claim.Slug}' says in other words (similarity {best.Score:0.00})"));
            }
        }

        return matches;
    }

    private static bool SameName(string outletName, string name)
    {
        var a = Fold(outletName).Replace("the ", "", StringComparison.Ordinal);
        var b = Fold(name).Replace("the ", "", StringComparison.Ordinal);
        return a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal);
    }

    private static string Fold(string? text) =>
        text is null ? "" : string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Key(text)));
}
