using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Articles;

/// <summary>Articles from Outlet (id or slug), published in [From, To], of Genre.</summary>
public sealed record ArticleFilter(string? Outlet = null, PartialDate? From = null, PartialDate? To = null, Genre? Genre = null);
