using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Each claim's first-seen date and corroboration counts are stored (schema step 0006) and kept by the
/// database. Whatever changes appearances or articles, the stored values equal what the appearances say,
/// and lists sorted on them follow. Each test has its own database.
/// </summary>
public abstract class ClaimStatisticsTests(DatabaseProvider provider)
{
    private async Task<NewsTreatyFactory> StartAsync() => new(await TestDatabase.CreateAsync(provider));

    private static async Task<JsonElement> ClaimAsync(HttpClient client, string slug) => await client.GetJsonAsync($"/api/v1/claims/{slug}");

    private static (int Outlets, int Origins) Corroboration(JsonElement claim) =>
        (claim.GetProperty("corroboration").GetProperty("outlets").GetInt32(), claim.GetProperty("corroboration").GetProperty("independentOrigins").GetInt32());

    [SkippableFact]
    public async Task TheCuratedDatasetLoadsWithStoredStatisticsThatMatchItsAppearances()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;

        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
        var stored = await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.OutletCount > 0 && c.FirstSeenUtc > DateTime.MinValue));
        Assert.Equal(await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.Appearances.Any())), stored);
    }

    [SkippableFact]
    public async Task StoredStatisticsFollowNewAndRemovedAppearancesRedatedArticlesRelaysAndDeletions()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var client = factory.CreateClient();
        var (slug, firstArticle, otherArticle, otherOutlet) = await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.AsNoTracking().Include(c => c.Appearances).ThenInclude(a => a.Article)
                .Where(c => c.Appearances.Count == 1).OrderBy(c => c.Id).FirstAsync();
            var article = claim.Appearances[0].Article;
            var origin = article.OriginOutletId ?? article.OutletId;
            var other = await db.Articles.AsNoTracking()
                .Where(a => a.OutletId != article.OutletId && a.OutletId != origin && (a.OriginOutletId == null || a.OriginOutletId == a.OutletId))
                .OrderBy(a => a.Id).FirstAsync();
            return (claim.Slug, article.Id, other.Id, other.OutletId);
        });
        Assert.Equal((1, 1), Corroboration(await ClaimAsync(client, slug)));

        // A second outlet reports it: two outlets, two independent origins.
        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == slug);
            claim.AddAppearance(await db.Articles.SingleAsync(a => a.Id == otherArticle), "A short quotation.", 0, 18, AppearanceRole.Reports);
            return await db.SaveChangesAsync();
        });
        Assert.Equal((2, 2), Corroboration(await ClaimAsync(client, slug)));

        // It turns out to relay the first outlet's reporting: still two outlets, one origin.
        var firstOutlet = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == firstArticle).Select(a => a.OutletId).SingleAsync());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE articles SET "OriginOutletId" = {firstOutlet} WHERE "Id" = {otherArticle}"""));
        Assert.Equal((2, 1), Corroboration(await ClaimAsync(client, slug)));
        Assert.DoesNotContain(slug, (await client.GetJsonAsync("/api/v1/claims?minSources=2&limit=500")).Items().Select(c => c.Str("slug")));

        // Redated far into the future, the second article makes nothing newer; into the past, it makes the claim the oldest.
        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == otherArticle);
            article.SetPublished(new Publication(PartialDate.Parse("1950-03-01"), null, null, DateBasis.Stated, null));
            return await db.SaveChangesAsync();
        });
        Assert.Equal("1950-03-01", (await ClaimAsync(client, slug)).Str("firstSeen")[..10]);
        // Every claim that article evidences (it carries several) now first appeared in 1950, and only those.
        var evidenced = await factory.WithDbAsync(db => db.Set<Appearance>().Where(a => a.ArticleId == otherArticle).Select(a => a.ClaimId).Distinct().CountAsync());
        var before1951 = (await client.GetJsonAsync("/api/v1/claims?to=1950-12&limit=500")).Items().ToList();
        Assert.Contains(slug, before1951.Select(c => c.Str("slug")));
        Assert.Equal(evidenced, before1951.Count);
        Assert.All(before1951, c => Assert.StartsWith("1950-03-01", c.Str("firstSeen"), StringComparison.Ordinal));
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));

        // Removing the appearance, then deleting the only article left, undoes it all.
        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == slug);
            claim.RemoveAppearance(claim.Appearances.Single(a => a.ArticleId == otherArticle));
            return await db.SaveChangesAsync();
        });
        Assert.Equal((1, 1), Corroboration(await ClaimAsync(client, slug)));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""DELETE FROM articles WHERE "Id" = {firstArticle}"""));
        var orphan = await ClaimAsync(client, slug);
        Assert.Equal((0, 0), Corroboration(orphan));
        Assert.Equal(JsonValueKind.Null, orphan.GetProperty("firstSeen").ValueKind);
        Assert.Equal(slug, (await client.GetJsonAsync("/api/v1/claims?sort=date&limit=500")).Items().Last().Str("slug"));
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
        Assert.Equal(otherOutlet, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == otherArticle).Select(a => a.OutletId).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnAppearanceThatDisputesAClaimNeverRaisesItsCorroborationWhateverWritesIt()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var client = factory.CreateClient();
        var (slug, otherArticle) = await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.AsNoTracking().Include(c => c.Appearances).ThenInclude(a => a.Article)
                .Where(c => c.Appearances.Count == 1).OrderBy(c => c.Id).FirstAsync();
            var origin = claim.Appearances[0].Article.OriginOutletId ?? claim.Appearances[0].Article.OutletId;
            var other = await db.Articles.AsNoTracking()
                .Where(a => a.OutletId != origin && (a.OriginOutletId == null || a.OriginOutletId == a.OutletId)).OrderBy(a => a.Id).FirstAsync();
            return (claim.Slug, other.Id);
        });

        // Another outlet contests it: still one outlet, one origin, in the list and on the record.
        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == slug);
            claim.AddAppearance(await db.Articles.SingleAsync(a => a.Id == otherArticle), "A short quotation.", 0, 18, AppearanceRole.Disputes);
            return await db.SaveChangesAsync();
        });
        Assert.Equal((1, 1), Corroboration(await ClaimAsync(client, slug)));
        var listed = (await client.GetJsonAsync("/api/v1/claims?sort=corroboration&limit=500")).Items().Single(c => c.Str("slug") == slug);
        Assert.Equal((1, 1), Corroboration(listed));
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));

        // Re-read as support (a role changed in the database directly), it counts; read as a dispute again, it stops counting.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE appearances SET "Role" = 'Reports' WHERE "ArticleId" = {otherArticle} AND "Quote" = 'A short quotation.'"""));
        Assert.Equal((2, 2), Corroboration(await ClaimAsync(client, slug)));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE appearances SET "Role" = 'Disputes' WHERE "ArticleId" = {otherArticle} AND "Quote" = 'A short quotation.'"""));
        Assert.Equal((1, 1), Corroboration(await ClaimAsync(client, slug)));
        Assert.Empty(await StoredStatistics.MismatchesAsync(factory));
    }
}

public sealed class SqliteClaimStatisticsTests() : ClaimStatisticsTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresClaimStatisticsTests() : ClaimStatisticsTests(DatabaseProvider.PostgreSql);

internal static class StoredStatistics
{
    /// <summary>Every claim (and subject or event row) whose stored statistics differ from those computed from its appearances.</summary>
    public static Task<List<string>> MismatchesAsync(NewsTreatyFactory factory) => factory.WithDbAsync(async db =>
    {
        var claims = await db.Claims.AsNoTracking().Include(c => c.Subjects).Include(c => c.Events).Include(c => c.Appearances).ThenInclude(a => a.Article).ToListAsync();
        var wrong = new List<string>();
        foreach (var claim in claims)
        {
            var articles = claim.Appearances.Select(a => a.Article).ToList();
            var firstSeen = articles.Count == 0 ? DateTime.MinValue : articles.Min(a => a.PublishedUtc);
            var supporting = claim.Appearances.Where(a => a.Role != AppearanceRole.Disputes).Select(a => a.Article).ToList();
            var outlets = supporting.Select(a => a.OutletId).Distinct().Count();
            var origins = supporting.Select(a => a.OriginOutletId ?? a.OutletId).Distinct().Count();
            if (claim.FirstSeenUtc != firstSeen || claim.OutletCount != outlets || claim.OriginCount != origins)
            {
                wrong.Add($"{claim.Slug}: stored {claim.FirstSeenUtc:O}/{claim.OutletCount}/{claim.OriginCount}, computed {firstSeen:O}/{outlets}/{origins}");
            }

            wrong.AddRange(claim.Subjects.Where(s => s.FirstSeenUtc != claim.FirstSeenUtc).Select(s => $"{claim.Slug} subject {s.ActorId}: {s.FirstSeenUtc:O}"));
            wrong.AddRange(claim.Events.Where(e => e.FirstSeenUtc != claim.FirstSeenUtc).Select(e => $"{claim.Slug} event {e.EventId}: {e.FirstSeenUtc:O}"));
        }

        return wrong;
    });
}
