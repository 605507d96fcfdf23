using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Articles;

public sealed partial class ArticleQueries(NewsTreatyDbContext db)
{
    /// <summary>How many of an article's claims, in the order they appear in its text, its record lists.</summary>
    public const int ClaimsShown = 200;

    /// <summary>Every article, newest first: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<ArticleSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new ArticleFilter(), limit, cursor, ct);

    public async Task<ArticleView?> GetAsync(string key, CancellationToken ct)
    {
        // The first ClaimsShown claims in reading order (each claim's first position). A wire story quoted across a
        // large corpus can carry thousands of claims; the claim list filtered by article pages through them all.
        if (await ArticleRecordReader.ReadAsync(db, key, ct) is not { } record)
        {
            return null;
        }

        var (article, relations, dependants, claims, subjects, events, eventActors) = record;

        // Everyone named: each claim's subjects and claimant, in reading order, then each event's actors, once each, by name.
        var actors = claims.SelectMany(c => subjects[c.Claim.Id].Append(c.Claimant))
            .Concat(events.SelectMany(e => eventActors[e.Id]))
            .OfType<ActorRef>().DistinctBy(a => a.Id).OrderBy(a => a.Name).ToList();

        return new ArticleView(
            article.Id, article.Slug, article.Headline, article.PrintHeadline, article.Standfirst, article.Outlet,
            article.Origin, article.Genre, article.Byline, article.Section, article.Dateline, article.Language,
            article.CanonicalUrl, article.Summary, article.Published, relations, dependants,
            article.SourceName, article.SourceSha256, article.HasText,
            claims.ConvertAll(c => c.Claim), article.Claims, actors, events, article.Revision, article.UpdatedAt);
    }
}
