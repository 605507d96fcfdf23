using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Reading;

// Read models shared by the REST API (serialised as JSON) and the server-rendered pages.

public sealed record DateView(string Value, DatePrecision Precision, bool Approximate, DateOnly Start, DateOnly End, string Display)
{
    public static DateView Of(PartialDate date) =>
        new(date.ToString(), date.Precision, date.Approximate, date.Start, date.End, date.ToDisplayString());

    public static DateView? OfOptional(PartialDate? date) => date is null ? null : Of(date);
}

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public sealed record OutletRef(int Id, string Slug, string Name, string Country, OutletKind Kind, bool StateAffiliated);

public sealed record ActorRef(int Id, string Slug, string Name, ActorKind Kind);

public sealed record ArticleRef(int Id, string Slug, string Headline, string OutletName, DateView Published);

public sealed record EventRef(int Id, string Slug, string Title, DateView Date, EventKind Kind);

public sealed record ClaimRef(int Id, string Slug, string Text, ClaimKind Kind, ReviewStatus Status);

/// <summary>
/// Who made a claim: an actor, or the outlet speaking in its own voice. <see cref="Inferred"/> when the text does
/// not name them and the attribution is ours, with the reason in <see cref="Note"/>.
/// </summary>
public sealed record ClaimantView(string Type, int Id, string Slug, string Name, bool Inferred = false, string? Note = null);

public sealed record PublishedView(DateView Date, string? Time, string? TimeZone, DateBasis Basis, string? Note, DateTime Utc);

public sealed record ArticleSummaryView(
    int Id, string Slug, string Headline, OutletRef Outlet, Genre Genre, string? Byline, PublishedView Published, int Revision);

public sealed record RelationView(ArticleRelationKind Kind, ArticleRef? Article, OutletRef? Outlet, string? Note);

public sealed record ArticleView(
    int Id, string Slug, string Headline, string? PrintHeadline, string? Standfirst, OutletRef Outlet, OutletRef? Origin, Genre Genre,
    string? Byline, string? Section, string? Dateline, string Language, string? CanonicalUrl, string? Summary, PublishedView Published,
    IReadOnlyList<RelationView> Relations, IReadOnlyList<RelationView> CopiesAndRelays, string? SourceName, string? SourceSha256, bool HasText,
    IReadOnlyList<ClaimRef> Claims, int ClaimsCount, IReadOnlyList<ActorRef> Actors, IReadOnlyList<EventRef> Events, int Revision, DateTime UpdatedAt);

public sealed record AliasView(string Name, AliasKind Kind, DateView? ValidFrom, DateView? ValidTo, string? Note);

public sealed record AffiliationView(ActorRef Organisation, string? Role, DateView? From, DateView? To);

public sealed record ActorSummaryView(int Id, string Slug, string Name, ActorKind Kind, string? WikidataId, string Description, IReadOnlyList<string> Aliases, int Revision);

public sealed record ActorView(
    int Id, string Slug, string Name, ActorKind Kind, string? WikidataId, string? WikidataUrl, string Description,
    IReadOnlyList<AliasView> Aliases, IReadOnlyList<AffiliationView> Affiliations, IReadOnlyList<ActorRef> Members,
    IReadOnlyList<ClaimRef> ClaimsMade, int ClaimsMadeCount, IReadOnlyList<ClaimRef> ClaimsAbout, int ClaimsAboutCount, IReadOnlyList<EventRoleView> Events,
    IReadOnlyList<CoOccurrenceView> CoOccurring, int Revision, DateTime UpdatedAt);

public sealed record EventRoleView(EventRef Event, string Role);

public sealed record CoOccurrenceView(ActorRef Actor, int Count);

public sealed record EraView(int Id, string Slug, string Name, DateView Start, DateView? End, string? Summary);

public sealed record EventSummaryView(
    int Id, string Slug, EventKind Kind, string Title, string Summary, DateView Date, DateView? EndDate, string? Place,
    int Importance, string? Era, IReadOnlyList<ActorRoleView> Actors, int Articles, int IndependentSources, int Revision);

public sealed record ActorRoleView(ActorRef Actor, string Role);

public sealed record CoverageView(OutletRef Outlet, ArticleRef Article, OutletRef Origin, bool Independent);

public sealed record EventView(
    int Id, string Slug, EventKind Kind, string Title, string Summary, DateView Date, DateView? EndDate, string? Place,
    int Importance, EraView? Era, IReadOnlyList<ActorRoleView> Actors, IReadOnlyList<CoverageView> Coverage, int CoverageCount, int CoverageOutletCount,
    IReadOnlyList<ClaimSummaryView> Claims, int ClaimsCount, int IndependentSources, int Revision, DateTime UpdatedAt);

public sealed record CorroborationView(int Outlets, int IndependentOrigins);

public sealed record ClaimSummaryView(
    int Id, string Slug, string Text, ClaimKind Kind, ClaimantView Claimant, Hedging Hedging, ReviewStatus Status,
    CorroborationView Corroboration, DateTime? FirstSeen, int Revision);

/// <summary>A stated number, or (<see cref="Value"/> null) only its <see cref="Magnitude"/>: "millions".</summary>
public sealed record QuantityView(decimal? Value, string Unit, bool Approximate, string? Text, QuantityMagnitude? Magnitude = null);

/// <summary>A quotation as evidence; <see cref="Attribution"/> is the span next to it that names the speaker, when the quotation does not.</summary>
public sealed record AppearanceView(
    int Id, ArticleRef Article, OutletRef Outlet, OutletRef Origin, string Quote, int Start, int End, AppearanceRole Role, AttributionSpan? Attribution = null);

public sealed record ClaimView(
    int Id, string Slug, string Text, ClaimKind Kind, ClaimantView Claimant, IReadOnlyList<ActorRef> Subjects, IReadOnlyList<EventRef> Events,
    Hedging Hedging, IReadOnlyList<QuantityView> Quantities, ReviewStatus Status, string? StatusNote,
    IReadOnlyList<AppearanceView> Appearances, CorroborationView Corroboration, DateTime? FirstSeen,
    IReadOnlyList<ClaimRef> Related, int Revision, DateTime UpdatedAt);

/// <summary>Events in date order with their eras; the API adds which importance it kept (null: all) and how many events there are.</summary>
public sealed record TimelineView(IReadOnlyList<EraView> Eras, IReadOnlyList<EventSummaryView> Events, DateOnly Start, DateOnly End)
{
    public int? MinImportance { get; init; }

    public int? TotalEvents { get; init; }
}

/// <summary>
/// The timeline as the page and the widget draw it: all of it, or (when <see cref="MinImportance"/> is set) only the
/// events of at least that importance, out of <see cref="TotalEvents"/>.
/// </summary>
public sealed record ShownTimeline(TimelineView Timeline, int? MinImportance, int TotalEvents);
