using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Search;

/// <summary>One ranked result of a search across claims, events, actors, articles and outlets (the API's shape).</summary>
public sealed record SearchHitView(string Type, int Id, string Slug, string Title, double Rank, string? Snippet, string? Date);

/// <summary>
/// The site's one search across events, claims, actors, articles and outlets. Every kind is searched on its own
/// index (<see cref="SiteSearch"/>); results from different kinds are put in one order by how many of the words
/// they contain, then by their relevance within their kind, squashed to 0–1 so no kind's scale dominates.
/// </summary>
public sealed class SearchQueries(NewsTreatyDbContext db)
{
    private static readonly SearchKind[] AllKinds = Enum.GetValues<SearchKind>();

    /// <summary>Small nudges between kinds at equal match: events carry the story, claims the evidence.</summary>
    private static readonly Dictionary<SearchKind, double> KindWeight = new()
    {
        [SearchKind.Event] = 0.06,
        [SearchKind.Claim] = 0.03,
        [SearchKind.Article] = 0.02,
        [SearchKind.Actor] = 0,
        [SearchKind.Outlet] = 0,
    };

    private const int MaxNames = 4;

    public async Task<SearchResults> FindAsync(SearchRequest request, CancellationToken ct)
    {
        var terms = FullText.Terms(request.Q);
        if (request.Page is < 1 or > SearchRequest.MaxPage)
        {
            throw new DomainException($"page must be between 1 and {SearchRequest.MaxPage}; narrow the search with more words, a kind or dates instead.");
        }

        var dated = request.From is not null || request.To is not null;
        var kinds = (request.Kinds is { Count: > 0 } k ? k.Distinct().ToList() : AllKinds.ToList())
            .Where(kind => !dated || SiteSearch.Dated(kind)).ToList();
        var allKinds = kinds.Count > 1;
        var take = request.Page * SearchRequest.PageSize + 1;
        var search = new SiteSearch(db);
        var found = new List<SearchResult>();
        var counts = new Dictionary<SearchKind, int>();
        foreach (var kind in kinds)
        {
            var rows = await search.TopAsync(kind, terms, request.From, request.To, take + (allKinds ? MaxNames : 0), ct);
            found.AddRange(await DescribeAsync(kind, rows, terms.Count, ct));
            counts[kind] = rows.Count < take ? rows.Count : await search.CountAsync(kind, terms, request.From, request.To, SearchResults.CountCap, ct);
        }

        // Searching everything, the actors and outlets the words name come first, as names rather than results.
        var names = allKinds
            ? found.Where(r => r.Kind is SearchKind.Actor or SearchKind.Outlet && r.Title.Any(t => t.Hit)).OrderByDescending(r => r.Score).Take(MaxNames).ToList()
            : [];
        var ranked = found.Except(names).OrderByDescending(r => r.Score).ThenBy(r => r.Kind).ThenBy(r => r.Id).ToList();
        var page = ranked.Skip((request.Page - 1) * SearchRequest.PageSize).Take(SearchRequest.PageSize).ToList();
        return new SearchResults(request.Q, terms, request.Page == 1 ? names : [], page, counts, request.Page,
            ranked.Count > request.Page * SearchRequest.PageSize && request.Page < SearchRequest.MaxPage);
    }

    /// <summary>The API's search: every kind, one ranked list (names included), with plain-text snippets.</summary>
    public async Task<IReadOnlyList<SearchHitView>> SearchAsync(string q, int? limit, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit, @default: 20, max: 100);
        var terms = FullText.Terms(q);
        var search = new SiteSearch(db);
        var found = new List<SearchResult>();
        foreach (var kind in AllKinds)
        {
            found.AddRange(await DescribeAsync(kind, await search.TopAsync(kind, terms, null, null, take, ct), terms.Count, ct));
        }

        return found.OrderByDescending(r => r.Score).ThenBy(r => r.Kind).ThenBy(r => r.Id).Take(take)
            .Select(r => new SearchHitView(r.Kind.ToString().ToLowerInvariant(), r.Id, r.Slug, r.TitleText, Math.Round(r.Score, 6),
                r.Snippet.Count == 0 ? null : r.SnippetText, r.Date?.Value)).ToList();
    }

    /// <summary>
    /// Share of the words matched, then relevance within the kind, then the kind's nudge; an actor or outlet whose
    /// name holds a word comes before other results with as many words (the API's list, as the page's names).
    /// </summary>
    private static double Score(SearchKind kind, SiteSearch.Row row, int terms, bool postgres, bool named) =>
        (double)row.Matched / terms + 0.5 * (postgres ? row.Rank / (row.Rank + 0.1) : row.Rank / (row.Rank + 2)) + KindWeight[kind]
        + (named && kind is SearchKind.Actor or SearchKind.Outlet ? 0.5 : 0);

    /// <summary>Slugs, dates and detail lines for one kind's rows, read by id.</summary>
    private async Task<IEnumerable<SearchResult>> DescribeAsync(SearchKind kind, List<SiteSearch.Row> rows, int terms, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var postgres = db.Database.IsNpgsql();
        Dictionary<int, (string Slug, DateView? Date, string? Detail)> about = kind switch
        {
            SearchKind.Event => (await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct))
                .ToDictionary(e => e.Id, e => (e.Slug, (DateView?)DateView.Of(e.Date), (string?)e.Place)),
            SearchKind.Claim => (await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
                    .Select(c => new { c.Id, c.Slug, c.FirstSeenUtc, Actor = c.ClaimantActor!.Name, Outlet = c.ClaimantOutlet!.Name }).ToListAsync(ct))
                .ToDictionary(c => c.Id, c => (c.Slug, FirstSeen(c.FirstSeenUtc), (string?)("Claimed by " + (c.Actor ?? c.Outlet)))),
            SearchKind.Actor => (await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct))
                .ToDictionary(a => a.Id, a => (a.Slug, (DateView?)null, (string?)a.Kind.ToString())),
            SearchKind.Article => (await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.PublishedOn, Outlet = a.Outlet.Name })
                    .ToListAsync(ct))
                .ToDictionary(a => a.Id, a => (a.Slug, (DateView?)DateView.Of(a.PublishedOn), (string?)a.Outlet)),
            _ => (await db.Outlets.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct))
                .ToDictionary(o => o.Id, o => (o.Slug, (DateView?)null, (string?)(o.Country + (o.StateAffiliated ? " · state-affiliated" : "")))),
        };

        return rows.Where(r => about.ContainsKey(r.Id)).Select(r =>
        {
            var (slug, date, detail) = about[r.Id];
            var title = Highlights.Parse(r.Title, 320);
            return new SearchResult(kind, r.Id, slug, title, Highlights.Parse(r.Snippet, 320), date, detail, r.Matched,
                Score(kind, r, terms, postgres, title.Any(t => t.Hit)));
        });
    }

    private static DateView? FirstSeen(DateTime firstSeenUtc) =>
        firstSeenUtc.Year <= 1 ? null : DateView.Of(PartialDate.OfDay(DateOnly.FromDateTime(firstSeenUtc)));
}
