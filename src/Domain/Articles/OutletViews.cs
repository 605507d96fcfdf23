using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Articles;

/// <summary>An outlet in the directory: what it is and how much of the collection it published.</summary>
public sealed record OutletSummaryView(OutletRef Outlet, string? Homepage, int Articles, int OwnReporting);

/// <summary>
/// Another outlet this one is linked to by syndication or relays, the way of it, and how many articles make the
/// link: for <see cref="OutletView.Carries"/>, this outlet's articles carrying that outlet's reporting; for
/// <see cref="OutletView.CarriedBy"/>, that outlet's articles carrying this one's.
/// </summary>
public sealed record OutletLinkView(OutletRef Outlet, ArticleRelationKind Kind, int Articles);

/// <summary>
/// An outlet's record: what it published (<see cref="Articles"/> in all, <see cref="OwnReporting"/> of them its
/// own reporting rather than another's carried), its syndication and relay links both ways, the claims it makes
/// in its own voice, and the events its articles cover.
/// </summary>
public sealed record OutletView(
    OutletRef Outlet, string? Homepage, int Articles, int OwnReporting, IReadOnlyList<OutletLinkView> Carries, IReadOnlyList<OutletLinkView> CarriedBy,
    IReadOnlyList<ClaimRef> OwnVoice, int OwnVoiceCount, IReadOnlyList<EventRef> Events, int EventsCount, int Revision, DateTime UpdatedAt);
