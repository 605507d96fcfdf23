using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Actors;

public sealed record ActorRef(int Id, string Slug, string Name, ActorKind Kind);

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
