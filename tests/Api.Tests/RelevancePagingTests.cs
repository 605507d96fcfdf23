using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Relevance pages taken from the full-text index (q alone, or with kind or status) and from the general
/// path (any other filter) give the same order, ties broken by id, and paging loses or repeats nothing.
/// The index follows quotation edits and deletions. Each test has its own database.
/// </summary>
public abstract class RelevancePagingTests(DatabaseProvider provider)
{
    private const string Tied = "The zephyr accord was signed in the harbour.";

    private async Task<NewsTreatyFactory> StartAsync() => new(await TestDatabase.CreateAsync(provider));

    private static async Task<List<JsonElement>> PageAllAsync(HttpClient client, string query, int limit)
    {
        var seen = new List<JsonElement>();
        string? url = $"/api/v1/claims?limit={limit}&{query}";
        while (url is not null)
        {
            var page = await client.GetJsonAsync(url);
            seen.AddRange(page.Items());
            url = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.Str("next");
        }

        return seen;
    }

    private static List<string> Slugs(IEnumerable<JsonElement> claims) => claims.Select(c => c.Str("slug")).ToList();

    [SkippableFact]
    public async Task RelevancePagesCoverEveryMatchOnceInRankOrderWithTiesByIdOnEveryPath()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        await factory.WithDbAsync(async db =>
        {
            var claimant = await db.Actors.OrderBy(a => a.Id).FirstAsync();
            // Five claims with the same wording rank equal; four more rank apart by how often they say the word.
            for (var i = 0; i < 5; i++)
            {
                db.Claims.Add(new Claim($"tied-zephyr-{i}", Tied, i % 2 == 0 ? ClaimKind.Prediction : ClaimKind.Opinion, claimant, null, Hedging.Asserted));
                await db.SaveChangesAsync();
            }

            for (var i = 1; i <= 4; i++)
            {
                var words = string.Join(' ', Enumerable.Repeat("zephyr", i));
                db.Claims.Add(new Claim($"ranked-zephyr-{i}", $"A report on {words} winds over the long coastal plain of the country.", ClaimKind.Prediction, claimant, null, Hedging.Asserted));
            }

            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var whole = Slugs((await client.GetJsonAsync("/api/v1/claims?q=zephyr&limit=500")).Items());
        Assert.Equal(9, whole.Count);
        var tied = whole.Where(s => s.StartsWith("tied-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["tied-zephyr-0", "tied-zephyr-1", "tied-zephyr-2", "tied-zephyr-3", "tied-zephyr-4"], tied);
        var firstTie = whole.IndexOf("tied-zephyr-0");
        Assert.Equal(tied, whole.Skip(firstTie).Take(5));

        // Pages of two split the tie group; every path (index-only, with kind, general with minSources) agrees.
        Assert.Equal(whole, Slugs(await PageAllAsync(client, "q=zephyr", 2)));
        Assert.Equal(whole, Slugs(await PageAllAsync(client, "q=zephyr&sort=relevance&minSources=0", 2)));
        var predictions = Slugs(await PageAllAsync(client, "q=zephyr&kind=prediction", 2));
        Assert.Equal(whole.Where(s => !s.StartsWith("tied-zephyr-1", StringComparison.Ordinal) && !s.StartsWith("tied-zephyr-3", StringComparison.Ordinal)), predictions);
        Assert.Equal(predictions, Slugs(await PageAllAsync(client, "q=zephyr&kind=prediction&minSources=0", 3)));

        // sort=date with q finds the same claims without ranking them.
        Assert.Equal(whole.Order(StringComparer.Ordinal), Slugs(await PageAllAsync(client, "q=zephyr&sort=date", 4)).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task AWordInMoreClaimsThanTheCandidateBoundIsRankedAmongItsNewestMatches()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        await factory.WithDbAsync(async db =>
        {
            var claimant = await db.Actors.OrderBy(a => a.Id).FirstAsync();
            // The oldest match says the word most often; then more claims than the bound say it once; the newest twice.
            db.Claims.Add(new Claim("oldest-strong-mistral", "Mistral, mistral, mistral: the mistral blew a mistral all week.", ClaimKind.Prediction, claimant, null, Hedging.Asserted));
            await db.SaveChangesAsync();
            for (var i = 0; i < ClaimQueries.RankedCandidates; i++)
            {
                db.Claims.Add(new Claim($"plain-mistral-{i}", "A mistral was forecast for the coast on the weekend of the summit.", ClaimKind.Prediction, claimant, null, Hedging.Asserted));
            }

            await db.SaveChangesAsync();
            db.Claims.Add(new Claim("newest-mistral", "The mistral, a cold mistral, returned over the summit.", ClaimKind.Opinion, claimant, null, Hedging.Asserted));
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        // From the index: the newest RankedCandidates matches are ranked, the older one is left out.
        var page = Slugs((await client.GetJsonAsync("/api/v1/claims?q=mistral&limit=3")).Items());
        Assert.Equal(["newest-mistral", "plain-mistral-1", "plain-mistral-2"], page);
        var all = await PageAllAsync(client, "q=mistral", 100);
        Assert.Equal(ClaimQueries.RankedCandidates, all.Count);
        Assert.DoesNotContain("oldest-strong-mistral", Slugs(all));
        Assert.Equal("newest-mistral", Slugs(await PageAllAsync(client, "q=mistral&kind=opinion", 10)).Single());

        // Other filters take the general path, which ranks every match; sort=date finds every match.
        Assert.Equal("oldest-strong-mistral", Slugs((await client.GetJsonAsync("/api/v1/claims?q=mistral&minSources=0&limit=1")).Items()).Single());
        Assert.Equal("newest-mistral", Slugs((await client.GetJsonAsync("/api/v1/claims?q=mistral&sort=date&limit=1")).Items()).Single());
    }

    [SkippableFact]
    public async Task EditingOrDeletingAQuotationUpdatesWhatSearchFinds()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var client = factory.CreateClient();
        var found = (await client.GetJsonAsync("/api/v1/claims?claimant=jenny-town")).Items().First();
        var (claim, id) = (found.Str("slug"), found.GetProperty("id").GetInt32());
        Assert.DoesNotContain(claim, await FindAsync(client, "quixotic"));

        var quoted = await factory.WithDbAsync(db => db.Set<Appearance>().Where(a => a.ClaimId == id).MinAsync(a => a.Id));
        await factory.WithDbAsync(db => db.Set<Appearance>().Where(a => a.Id == quoted)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Quote, "A quixotic plan, she said.")));
        Assert.Contains(claim, await FindAsync(client, "quixotic"));
        Assert.Equal(claim, (await client.GetJsonAsync("/api/v1/search?q=quixotic")).Items().Single().Str("slug"));

        await factory.WithDbAsync(async db =>
        {
            var entity = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == claim);
            entity.RemoveAppearance(entity.Appearances.Single(a => a.Id == quoted));
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(claim, await FindAsync(client, "quixotic"));
        Assert.Empty((await client.GetJsonAsync("/api/v1/search?q=quixotic")).Items());
    }

    private static async Task<List<string>> FindAsync(HttpClient client, string q) =>
        Slugs((await client.GetJsonAsync($"/api/v1/claims?q={q}&limit=500")).Items());
}

public sealed class SqliteRelevancePagingTests() : RelevancePagingTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresRelevancePagingTests() : RelevancePagingTests(DatabaseProvider.PostgreSql);
