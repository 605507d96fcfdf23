using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Search;

/// <summary>What one search looks through.</summary>
public enum SearchKind
{
    Event,
    Claim,
    Actor,
    Article,
    Outlet,
}

/// <summary>
/// A search across everything: words (any of them; results with more of them rank first), the kinds to look
/// through (all when empty), a date range (events by date, claims by first appearance, articles by
/// publication; actors and outlets have no date, so a range leaves them out), and a page of results.
/// </summary>
public sealed record SearchRequest(string Q, IReadOnlyCollection<SearchKind>? Kinds = null, PartialDate? From = null, PartialDate? To = null, int Page = 1)
{
    public const int PageSize = 20;

    public const int MaxPage = 10;
}

/// <summary>A run of result text, either a match of the search's words or not. Plain text: the page encodes it.</summary>
public sealed record TextRun(string Text, bool Hit);

/// <summary>
/// One result: its kind and record, its title and a snippet with the matched words marked, a date and a detail
/// line when the kind has them, how many of the search's words it contains, and its score across kinds.
/// </summary>
public sealed record SearchResult(
    SearchKind Kind, int Id, string Slug, IReadOnlyList<TextRun> Title, IReadOnlyList<TextRun> Snippet, DateView? Date, string? Detail,
    int Matched, double Score)
{
    public string TitleText => string.Concat(Title.Select(r => r.Text));

    public string SnippetText => string.Concat(Snippet.Select(r => r.Text));
}

/// <summary>
/// A page of results. <see cref="Names"/> are the actors and outlets whose names the words match, shown first
/// when every kind is searched; <see cref="Counts"/> says how many records of each kind match (capped at
/// <see cref="CountCap"/>).
/// </summary>
public sealed record SearchResults(
    string Q, IReadOnlyList<string> Terms, IReadOnlyList<SearchResult> Names, IReadOnlyList<SearchResult> Items,
    IReadOnlyDictionary<SearchKind, int> Counts, int Page, bool HasMore)
{
    public const int CountCap = 1000;
}
