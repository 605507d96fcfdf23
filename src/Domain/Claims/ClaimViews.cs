using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Claims;

public sealed record ClaimRef(int Id, string Slug, string Text, ClaimKind Kind, ReviewStatus Status);

/// <summary>Who made a claim: an actor, or the outlet speaking in its own voice.</summary>
public sealed record ClaimantView(string Type, int Id, string Slug, string Name);

public sealed record CorroborationView(int Outlets, int IndependentOrigins);

public sealed record ClaimSummaryView(
    int Id, string Slug, string Text, ClaimKind Kind, ClaimantView Claimant, Hedging Hedging, ReviewStatus Status,
    CorroborationView Corroboration, DateTime? FirstSeen, int Revision);

public sealed record QuantityView(decimal Value, string Unit, bool Approximate, string? Text);

public sealed record AppearanceView(int Id, ArticleRef Article, OutletRef Outlet, OutletRef Origin, string Quote, int Start, int End, AppearanceRole Role);

public sealed record ClaimView(
    int Id, string Slug, string Text, ClaimKind Kind, ClaimantView Claimant, IReadOnlyList<ActorRef> Subjects, IReadOnlyList<EventRef> Events,
    Hedging Hedging, IReadOnlyList<QuantityView> Quantities, ReviewStatus Status, string? StatusNote,
    IReadOnlyList<AppearanceView> Appearances, CorroborationView Corroboration, DateTime? FirstSeen,
    IReadOnlyList<ClaimRef> Related, int Revision, DateTime UpdatedAt);
