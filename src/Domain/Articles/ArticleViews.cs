using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Articles;

public sealed record OutletRef(int Id, string Slug, string Name, string Country, OutletKind Kind, bool StateAffiliated);

public sealed record ArticleRef(int Id, string Slug, string Headline, string OutletName, DateView Published);

public sealed record PublishedView(DateView Date, string? Time, string? TimeZone, DateBasis Basis, string? Note, DateTime Utc);

public sealed record ArticleSummaryView(
    int Id, string Slug, string Headline, OutletRef Outlet, Genre Genre, string? Byline, PublishedView Published, int Revision);

public sealed record RelationView(ArticleRelationKind Kind, ArticleRef? Article, OutletRef? Outlet, string? Note);

public sealed record ArticleView(
    int Id, string Slug, string Headline, string? PrintHeadline, string? Standfirst, OutletRef Outlet, OutletRef? Origin, Genre Genre,
    string? Byline, string? Section, string? Dateline, string Language, string? CanonicalUrl, string? Summary, PublishedView Published,
    IReadOnlyList<RelationView> Relations, IReadOnlyList<RelationView> CopiesAndRelays, string? SourceName, string? SourceSha256, bool HasText,
    IReadOnlyList<ClaimRef> Claims, int ClaimsCount, IReadOnlyList<ActorRef> Actors, IReadOnlyList<EventRef> Events, int Revision, DateTime UpdatedAt);
