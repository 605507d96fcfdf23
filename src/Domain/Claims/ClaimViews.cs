using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Claims;

public sealed record ClaimRef(int Id, string Slug, string Text, ClaimKind Kind, ReviewStatus Status);

/// <summary>
/// Who made a claim: an actor (with its kind, so a person can be told from an organisation) or an outlet speaking in
/// its own voice (ActorKind null).
/// </summary>
/// <remarks><see cref="Inferred"/> when the text does not name the claimant and the attribution is ours, with the reason in <see cref="Note"/>.</remarks>
public sealed record ClaimantView(string Type, int Id, string Slug, string Name, bool Inferred = false, string? Note = null, Actors.ActorKind? ActorKind = null);

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
