using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>The full-text index follows writes: edits, new quotations and deletions are searchable at once. Each test has its own database.</summary>
public abstract class FullTextIndexTests(DatabaseProvider provider)
{
    private async Task<NewsTreatyFactory> StartAsync() => new(await TestDatabase.CreateAsync(provider));

    private static async Task<List<string>> FindAsync(HttpClient client, string q) =>
        (await client.GetJsonAsync($"/api/v1/claims?q={q}&limit=500")).Items().Select(c => c.Str("slug")).ToList();

    [SkippableFact]
    public async Task EditingOrDeletingAClaimUpdatesWhatSearchFinds()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var client = factory.CreateClient();
        var slug = (await client.GetJsonAsync("/api/v1/claims?limit=1")).Items().Single().Str("slug");
        Assert.Empty(await FindAsync(client, "xylophone"));

        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.SingleAsync(c => c.Slug == slug);
            claim.Update("A xylophone was played at the summit banquet.", claim.Kind, claim.Hedging);
            return await db.SaveChangesAsync();
        });
        Assert.Equal([slug], await FindAsync(client, "xylophones"));

        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == slug);
            claim.ClearAppearances();
            await db.SaveChangesAsync();
            db.Claims.Remove(claim);
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await FindAsync(client, "xylophone"));
    }

    [SkippableFact]
    public async Task AQuotationIsSearchableThroughItsClaimUntilItIsRemoved()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var client = factory.CreateClient();
        var town = (await client.GetJsonAsync("/api/v1/claims?claimant=jenny-town")).Items().First();
        var quote = (await client.GetJsonAsync($"/api/v1/claims/{town.Str("slug")}")).GetProperty("appearances")[0].Str("quote");
        var word = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).MaxBy(w => w.Length)!;
        Assert.Contains(town.Str("slug"), await FindAsync(client, word));

        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.Include(c => c.Appearances).SingleAsync(c => c.Slug == town.Str("slug"));
            claim.Update("Unrelated wording about zeppelins.", claim.Kind, claim.Hedging);
            claim.ClearAppearances();
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(town.Str("slug"), await FindAsync(client, word));
        Assert.Contains(town.Str("slug"), await FindAsync(client, "zeppelin"));
    }
}

public sealed class SqliteFullTextIndexTests() : FullTextIndexTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresFullTextIndexTests() : FullTextIndexTests(DatabaseProvider.PostgreSql);
