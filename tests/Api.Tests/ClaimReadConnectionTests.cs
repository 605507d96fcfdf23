using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A claim read on a cache miss runs statements the SQLite host keeps prepared on connections of its own
/// (<see cref="SqliteReadConnections"/>): every request must still get its own claim, whatever ran on the connection
/// before, and see a write at once. Run on both engines (PostgreSQL reads on the context's connection).
/// </summary>
public abstract class ClaimReadConnectionTests(WriteHost host)
{
    /// <summary>More distinct statements than one connection keeps prepared (<c>SqliteReadConnections.CommandsKept</c>, 48).</summary>
    private const int MoreThanKept = 60;

    [SkippableFact]
    public async Task EveryRequestGetsItsOwnClaimWhileTheStatementsStayPreparedAndAWriteShowsAtOnce()
    {
        var reader = host.Admin; // a key takes every request past the read cache, to the database
        var page = await reader.GetJsonAsync("/api/v1/claims?limit=100");
        var ids = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.True(ids.Count > 20, $"the seeded dataset has {ids.Count} claims");

        var first = new Dictionary<int, string>();
        foreach (var id in ids)
        {
            first[id] = await BodyAsync(reader, $"/api/v1/claims/{id}");
            Assert.Contains($"{{\"id\":{id},", first[id], StringComparison.Ordinal);
        }

        for (var limit = 1; limit <= MoreThanKept; limit++)
        {
            await reader.GetJsonAsync($"/api/v1/claims?limit={limit}");
        }

        // Again, newest last and many at once (several connections, each with the other claims' values bound before).
        var again = await Task.WhenAll(ids.AsEnumerable().Reverse().Select(async id => (id, Body: await BodyAsync(reader, $"/api/v1/claims/{id}"))));
        Assert.All(again, a => Assert.Equal(first[a.id], a.Body));
        foreach (var id in ids.Take(10))
        {
            var slug = (await reader.GetJsonAsync($"/api/v1/claims/{id}")).Str("slug");
            Assert.Equal(first[id], await BodyAsync(reader, "/api/v1/claims/" + slug));
        }

        var editor = host.Admin;
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article("prepared-article"))).ExpectAsync(HttpStatusCode.Created);
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("prepared-claim", "prepared-article"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("The agreement will be reviewed within a year.", (await reader.GetJsonAsync("/api/v1/claims/prepared-claim")).Str("text"));

        var edit = WriteHelpers.Claim("prepared-claim", "prepared-article");
        edit["text"] = "The agreement will be reviewed next spring.";
        await (await editor.SendAsync(HttpMethod.Put, "/api/v1/claims/prepared-claim", edit, await reader.ETagAsync("/api/v1/claims/prepared-claim")))
            .ExpectAsync(HttpStatusCode.OK);
        var updated = await reader.GetJsonAsync("/api/v1/claims/prepared-claim");
        Assert.Equal("The agreement will be reviewed next spring.", updated.Str("text"));
        Assert.Equal(updated.ToString(), (await reader.GetJsonAsync($"/api/v1/claims/{updated.GetProperty("id").GetInt32()}")).ToString());

        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/claims/prepared-claim", ifMatch: await reader.ETagAsync("/api/v1/claims/prepared-claim")))
            .ExpectAsync(HttpStatusCode.NoContent);
        await reader.GetJsonAsync("/api/v1/claims/prepared-claim", HttpStatusCode.NotFound);
        var afterWrites = await Task.WhenAll(ids.Take(10).Select(async id => (id, Body: await BodyAsync(reader, $"/api/v1/claims/{id}"))));
        Assert.All(afterWrites, a => Assert.Equal(first[a.id], a.Body));
    }

    protected WriteHost Host => host;

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class SqliteClaimReadConnectionTests(SqliteWriteHost host) : ClaimReadConnectionTests(host), IClassFixture<SqliteWriteHost>
{
    [Fact]
    public void TheSqliteHostReadsOnConnectionsOfItsOwn() =>
        Assert.NotNull(Host.Factory.Services.GetService<SqliteReadConnections>());
}

public sealed class PostgresClaimReadConnectionTests(PostgresWriteHost host) : ClaimReadConnectionTests(host), IClassFixture<PostgresWriteHost>
{
    [SkippableFact]
    public void PostgreSqlHasNoReadConnectionsOfItsOwn() =>
        Assert.Null(Host.Factory.Services.GetService<SqliteReadConnections>());
}
