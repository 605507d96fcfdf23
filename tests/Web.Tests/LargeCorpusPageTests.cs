using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Corpus;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>The seeded dataset plus generated events and claims: more events than the timeline lists, and events with more claims than a record shows.</summary>
public sealed class LargeCorpusSite : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();

    public NewsTreatyFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new NewsTreatyFactory(_database);
        _ = Factory.Server;
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        await new SyntheticCorpus(db, scope.ServiceProvider.GetRequiredService<DataChanges>(), CorpusSize.For(1200, 100, null, 620, null, seed: 21), TextWriter.Null).RunAsync(default);
    }

    public async Task<IDocument> GetPageAsync(string path)
    {
        var html = await Factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    public async Task<T> WithDbAsync<T>(Func<NewsTreatyDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _database.Dispose();
    }
}

public sealed class LargeCorpusPageTests(LargeCorpusSite site) : IClassFixture<LargeCorpusSite>
{
    [Fact]
    public async Task WithMoreThanFiveHundredEventsTheTimelineListsTheMostImportantAndSaysSo()
    {
        var levels = await site.WithDbAsync(db => db.Events.GroupBy(e => e.Importance).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var total = levels.Sum(l => l.Count);
        Assert.True(total > 500, $"{total} events");
        var min = levels.OrderByDescending(l => l.Key).Where(l => levels.Where(x => x.Key >= l.Key).Sum(x => x.Count) <= 500).Min(l => l.Key);
        var expected = levels.Where(l => l.Key >= min).Sum(l => l.Count);

        var page = await site.GetPageAsync("/");

        Assert.Equal(expected, page.QuerySelectorAll("ol.events li").Length);
        var note = page.QuerySelector("[data-importance-note]")!.TextContent;
        Assert.Contains($"importance {min} or more", note);
        Assert.Contains(total.ToString("N0", CultureInfo.InvariantCulture), note);
        Assert.DoesNotContain("All ", page.QuerySelector(".result-count")!.TextContent);

        var widget = await site.GetPageAsync("/embed/timeline");
        Assert.Equal(expected, widget.QuerySelectorAll("li[class^='importance-']").Length);
    }

    [Fact]
    public async Task AnEventPageShowsItsNewestFiftyClaimsTheTotalAndALinkToAllOfThem()
    {
        var busiest = await site.WithDbAsync(db => db.Set<ClaimEvent>().GroupBy(e => e.EventId)
            .Select(g => new { EventId = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync());
        Assert.True(busiest.Count > 50, $"{busiest.Count} claims");
        var slug = await site.WithDbAsync(db => db.Events.Where(e => e.Id == busiest.EventId).Select(e => e.Slug).SingleAsync());

        var page = await site.GetPageAsync($"/events/{slug}");

        Assert.Equal(50, page.QuerySelectorAll(".event-detail .claim-list > li").Length);
        var note = page.QuerySelector(".event-detail p.muted")!;
        Assert.Contains($"The newest 50 of {busiest.Count.ToString("N0", CultureInfo.InvariantCulture)} claims", note.TextContent);
        var all = note.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/claims?event={slug}", all);

        var explorer = await site.GetPageAsync(all);
        Assert.StartsWith($"{busiest.Count} claims match", explorer.QuerySelector(".result-count")!.TextContent);
    }

    /// <summary>
    /// The coverage comparison pages through its rows: each page at most fifty, every event or claim with coverage on
    /// exactly one page, in order, with the outlets of that page's rows; a cursor it never issued says so.
    /// </summary>
    [Theory]
    [InlineData("/coverage", "/events/")]
    [InlineData("/coverage?by=claims", "/claims/")]
    public async Task TheCoverageComparisonPagesThroughEveryRowOnce(string first, string rowPrefix)
    {
        var expected = rowPrefix == "/events/"
            ? await site.WithDbAsync(db => db.Events.Where(e => e.Articles.Any()).OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Select(e => "/events/" + e.Slug).ToListAsync())
            : await site.WithDbAsync(db => db.Claims.Where(c => c.Appearances.Any()).OrderBy(c => c.Id).Select(c => "/claims/" + c.Slug).ToListAsync());
        Assert.True(expected.Count > 50, $"{expected.Count} rows with coverage: more than one page is needed");

        var seen = new List<string>();
        var pages = 0;
        for (string? path = first; path is not null; pages++)
        {
            var page = await site.GetPageAsync(path);
            var rows = page.QuerySelectorAll(".matrix tbody tr th a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(rows.Count, 1, 50);
            Assert.All(rows, r => Assert.StartsWith(rowPrefix, r, StringComparison.Ordinal));
            // Every column is an outlet that reported one of this page's rows.
            foreach (var column in Enumerable.Range(0, page.QuerySelectorAll(".matrix thead th").Length - 2))
            {
                Assert.Contains(page.QuerySelectorAll(".matrix tbody tr"), r => r.QuerySelectorAll("td")[column].ClassName != "none");
            }

            seen.AddRange(rows);
            path = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(expected, seen);
        Assert.True(pages >= 2, $"{pages} pages");

        // Not a cursor at all, and one well formed but for a day no calendar holds.
        var forged = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("coverage-events|99999999999|1")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        foreach (var cursor in new[] { "not-a-cursor", forged })
        {
            var stale = await site.GetPageAsync(first + (first.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "cursor=" + cursor);
            Assert.Contains("no longer exists", stale.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }
    }
}
