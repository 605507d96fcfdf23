using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Events;

public sealed record EventRef(int Id, string Slug, string Title, DateView Date, EventKind Kind);

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
