using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// What the pipeline knows before it reads an article: the knowledge base's actors with their aliases, outlets,
/// events, articles and claims, read once from the database (see the loader) and shared read-only by every stage,
/// so stages stay pure functions of (input, snapshot) and tests can build one by hand.
/// </summary>
public sealed record KnowledgeSnapshot(
    IReadOnlyList<KnownActor> Actors,
    IReadOnlyList<KnownOutlet> Outlets,
    IReadOnlyList<KnownEvent> Events,
    IReadOnlyList<KnownArticle> Articles,
    IReadOnlyList<KnownClaim> Claims)
{
    public static KnowledgeSnapshot Empty { get; } = new([], [], [], [], []);
}

public sealed record KnownAlias(string Name, AliasKind Kind, PartialDate? ValidFrom, PartialDate? ValidTo)
{
    /// <summary>True when the alias may denote its actor on <paramref name="date"/> (always, for an undated alias).</summary>
    public bool IsValidOn(DateOnly? date) =>
        date is not { } day || ((ValidFrom is null || day >= ValidFrom.Start) && (ValidTo is null || day <= ValidTo.End));
}

public sealed record KnownActor(
    int Id,
    string Slug,
    ActorKind Kind,
    string Name,
    string Description,
    string? WikidataId,
    IReadOnlyList<KnownAlias> Aliases,
    IReadOnlyList<int> AffiliatedWith);

public sealed record KnownOutlet(int Id, string Slug, string Name, OutletKind Kind, string Country, string? Homepage, bool StateAffiliated);

public sealed record KnownEvent(
    int Id,
    string Slug,
    EventKind Kind,
    string Title,
    string Summary,
    PartialDate Date,
    PartialDate? EndDate,
    IReadOnlyList<int> ActorIds);

/// <summary>An article already stored: enough to recognise a re-ingestion, a syndicated copy or a relay.</summary>
public sealed record KnownArticle(
    int Id,
    string Slug,
    int OutletId,
    string Headline,
    string? PrintHeadline,
    string? CanonicalUrl,
    PartialDate PublishedOn,
    string? SourceSha256,
    string? ContentHash,
    string? Text);

/// <summary>A claim already stored: its neutral text, claimant and quotations, to match a proposal saying the same thing.</summary>
public sealed record KnownClaim(
    int Id,
    string Slug,
    string Text,
    ClaimKind Kind,
    int? ClaimantActorId,
    int? ClaimantOutletId,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<int> SubjectIds,
    IReadOnlyList<int> EventIds);
