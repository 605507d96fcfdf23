namespace NewsTreaty.Domain.Claims;

/// <summary>
/// Where a word search of the claims changes plan. With at most <see cref="SortAllMatchesUpTo"/> matches, newest-first
/// and corroboration pages read every match from the full-text index and sort them (a few milliseconds); with more,
/// they walk the sort's own index in page order, which is cheap exactly when matches are common (a rare word walked a
/// million claims for one page). Setting: <c>Search:SortAllMatchesUpTo</c>.
/// </summary>
public sealed record SearchBounds(int SortAllMatchesUpTo = SearchBounds.DefaultSortAllMatchesUpTo)
{
    public const int DefaultSortAllMatchesUpTo = 5000;
}
