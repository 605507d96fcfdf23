using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Coverage;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Api.Tests;

/// <summary>The query services behind the reader pages, on each engine: search, coverage and highlighted text.</summary>
public abstract class ReaderQueryTests(HostFixture host)
{
    private async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    [SkippableFact]
    public async Task TheExplorersTotalCountsEveryPageOfTheSameSearch()
    {
        var filter = new ClaimFilter(Q: "treaty", Status: ReviewStatus.Confirmed);
        var total = await WithAsync<ClaimQueries, int>(q => q.CountAsync(filter, default));
        var seen = new List<int>();
        string? cursor = null;
        do
        {
            var page = await WithAsync<ClaimQueries, Page<ClaimSummaryView>>(q => q.SearchAsync(filter, 3, cursor, default));
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.True(total > 3, $"{total} claims");
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(total, seen.Count);
    }

    [SkippableFact]
    public async Task TheExplorerOffersOnlyOutletsThatCarryClaims()
    {
        var outlets = await WithAsync<ClaimQueries, IReadOnlyList<OutletRef>>(q => q.OutletsWithClaimsAsync(default));

        Assert.Contains(outlets, o => o.Slug == "economist");
        Assert.DoesNotContain(outlets, o => o.Slug == "bloomberg"); // relayed, never published here
        Assert.Equal(outlets.Select(o => o.Name).Order(StringComparer.Ordinal), outlets.Select(o => o.Name));
    }

    [SkippableFact]
    public async Task CoverageCountsARelayAsItsOriginsReportingNotAsAnIndependentOne()
    {
        var matrix = await WithAsync<CoverageQueries, CoverageMatrixView>(q => q.ByEventAsync(null, default));

        var relay = matrix.Columns.Single(c => c.Outlet.Slug == "international-affairs");
        Assert.Equal("bloomberg", relay.CarriesOriginOf?.Slug);
        Assert.All(matrix.Rows, r => Assert.InRange(r.IndependentOrigins, 1, r.Cells.Count(c => c.Articles.Count > 0)));
        Assert.Equal(matrix.Rows.Select(r => r.Subject.Date!.Start).Order(), matrix.Rows.Select(r => r.Subject.Date!.Start));
    }

    [SkippableFact]
    public async Task StoredTextIsSplitIntoPlainRunsAndHighlightsThatRebuildItExactly()
    {
        const string text = "Reporters heard Vladimir Putin say the pact binds both sides, and Kim Jong Un agreed.";
        const string quote = "the pact binds both sides";
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsTreaty.Domain.Data.NewsTreatyDbContext>();
            var outlet = await db.Outlets.FirstAsync(o => o.Slug == "guardian");
            var article = new Article("reader-query-text", outlet, "A test piece", Genre.News,
                new Publication(PartialDate.Parse("2024-06-22"), null, null, DateBasis.Stated, null));
            article.SetText(text);
            db.Add(article);
            var putin = await db.Actors.FirstAsync(a => a.Slug == "vladimir-putin");
            var claim = new Claim("reader-query-claim", "The pact binds both sides.", ClaimKind.ReportedSpeech, putin, null, Hedging.Asserted);
            claim.AddAppearance(article, quote, text.IndexOf(quote, StringComparison.Ordinal), text.IndexOf(quote, StringComparison.Ordinal) + quote.Length, AppearanceRole.Reports);
            claim.ReplaceSubjects([putin, await db.Actors.FirstAsync(a => a.Slug == "kim-jong-un")]);
            db.Add(claim);
            await db.SaveChangesAsync();
        }

        var segments = await WithAsync<ArticleTextQueries, IReadOnlyList<TextSegment>?>(q => q.HighlightedAsync("reader-query-text", default));

        Assert.NotNull(segments);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([("Vladimir Putin", TextMarkKind.Actor), (quote, TextMarkKind.Claim), ("Kim Jong Un", TextMarkKind.Actor)],
            segments.Where(s => s.Mark is not null).Select(s => (s.Text, s.Mark!.Kind)));
        Assert.Null(await WithAsync<ArticleTextQueries, IReadOnlyList<TextSegment>?>(q => q.HighlightedAsync("guardian-view-putin-kim-alarming-pact", default)));
    }

    [SkippableFact]
    public async Task MentionsAreMarkedByNamesValidOnTheArticlesDateNeverByADescriptionOrASharedShortName()
    {
        const string text = "Russia's dictator met Kim Jong Un in the hermit kingdom. Kim Duyeon said Kim had gained most; " +
                            "the Russian president and Putin disagreed.";
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsTreaty.Domain.Data.NewsTreatyDbContext>();
            var article = new Article("reader-query-mentions", await db.Outlets.FirstAsync(o => o.Slug == "guardian"), "Mentions", Genre.News,
                new Publication(PartialDate.Parse("2024-06-20"), null, null, DateBasis.Stated, null));
            article.SetText(text);
            db.Add(article);
            var claim = new Claim("reader-query-mentions-claim", "Kim gained most.", ClaimKind.FactualAssertion, null, await db.Outlets.FirstAsync(o => o.Slug == "guardian"), Hedging.Asserted);
            claim.AddAppearance(article, "Russia's", 0, 8, AppearanceRole.Reports);
            claim.ReplaceSubjects(await db.Actors.Where(a => a.Slug == "vladimir-putin" || a.Slug == "kim-jong-un" || a.Slug == "duyeon-kim" || a.Slug == "north-korea").ToListAsync());
            db.Add(claim);
            await db.SaveChangesAsync();
        }

        var segments = await WithAsync<ArticleTextQueries, IReadOnlyList<TextSegment>?>(q => q.HighlightedAsync("reader-query-mentions", default));

        // "Russia's dictator" and "the hermit kingdom" are descriptions; the bare "Kim" is also Duyeon Kim's; the
        // title is Putin's in 2024.
        Assert.Equal(
            [("Kim Jong Un", "kim-jong-un"), ("Kim Duyeon", "duyeon-kim"), ("the Russian president", "vladimir-putin"), ("Putin", "vladimir-putin")],
            segments!.Where(s => s.Mark is { Kind: TextMarkKind.Actor }).Select(s => (s.Text, s.Mark!.Slug)));
    }
}

public sealed class SqliteReaderQueryTests(SqliteHost host) : ReaderQueryTests(host), IClassFixture<SqliteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresReaderQueryTests(PostgresHost host) : ReaderQueryTests(host), IClassFixture<PostgresHost>;
