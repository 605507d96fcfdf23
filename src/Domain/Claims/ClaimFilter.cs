using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Claims;

public enum ClaimSort
{
    /// <summary>Best full-text match first; needs <see cref="ClaimFilter.Q"/>.</summary>
    Relevance,

    /// <summary>Newest first appearance first.</summary>
    Date,

    /// <summary>Most independent origins first.</summary>
    Corroboration,
}

/// <summary>
/// Which claims to list; every criterion set must hold. Actor-like keys accept an id, slug, alias,
/// name or Wikidata QID; event, article and outlet keys an id or slug. From/To bound the date the claim
/// first appeared (inclusive, at the date's precision). Sort defaults to relevance with Q, else date.
/// </summary>
public sealed record ClaimFilter(
    string? Q = null,
    string? Actor = null,
    string? Claimant = null,
    string? Event = null,
    string? Article = null,
    string? Outlet = null,
    ClaimKind? Kind = null,
    ReviewStatus? Status = null,
    PartialDate? From = null,
    PartialDate? To = null,
    int? MinSources = null,
    ClaimSort? Sort = null)
{
    /// <summary>Why sort=relevance cannot go without <see cref="Q"/>; the API's parameter check and the query say the same.</summary>
    public const string RelevanceNeedsQ =
        "sort=relevance ranks by full-text match, so it needs q: add q=words, or use sort=date or sort=corroboration.";
}
