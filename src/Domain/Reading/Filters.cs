using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Reading;

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
    ClaimSort? Sort = null);

/// <summary>Events whose start falls in [From, To], involving Actor, of Kind, at least MinImportance.</summary>
public sealed record EventFilter(
    PartialDate? From = null, PartialDate? To = null, string? Actor = null, EventKind? Kind = null, int? MinImportance = null);

/// <summary>Actors whose name or an alias matches Q (word prefixes), of Kind.</summary>
public sealed record ActorFilter(string? Q = null, ActorKind? Kind = null);

/// <summary>Articles from Outlet (id or slug), published in [From, To], of Genre.</summary>
public sealed record ArticleFilter(string? Outlet = null, PartialDate? From = null, PartialDate? To = null, Genre? Genre = null);
