using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>How a new article relates to one the knowledge base already holds.</summary>
public enum ArticleMatchKind
{
    /// <summary>The same article (same URL, same source document or content, or same outlet and headline).</summary>
    Same,

    /// <summary>A syndicated copy: the other outlet's text, republished (possibly an earlier or later version).</summary>
    Syndicated,

    /// <summary>Relays another outlet's reporting ("notes Bloomberg").</summary>
    Relays,
}

/// <summary>Stage 7: a known article this one is, copies or relays, with the evidence.</summary>
public sealed record ArticleMatch(int ArticleId, string ArticleSlug, ArticleMatchKind Kind, ArticleRelationKind? Relation, double Similarity, string Reason);

/// <summary>Stage 7: a known claim a proposal says in other words, so accepting it adds an appearance rather than a claim.</summary>
public sealed record ClaimMatch(int Proposal, int ClaimId, string ClaimSlug, double Similarity, string Reason);

/// <summary>Stage 7: another outlet whose reporting this article relays ("notes Bloomberg"), known (outlet id and slug) or not.</summary>
public sealed record OutletRelay(int? OutletId, string? OutletSlug, string Name, TextSpan Evidence, string Reason);

public sealed record CrossArticleResult(IReadOnlyList<ArticleMatch> Articles, IReadOnlyList<ClaimMatch> Claims, IReadOnlyList<OutletRelay> Relays);
