using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Api.Tests;

public abstract class ArticleRecordReadTests(WriteHost host) : RecordReadTests(host)
{
    [SkippableFact]
    public async Task EveryArticleReadsAsTheEfQueriesDidAndALinkedClaimShowsAtOnce()
    {
        var bodies = await EveryRecordAsync("articles", (services, key) => services.GetRequiredService<ArticleQueries>().GetAsync(key, default), CompiledRecordViews.ArticleAsync);
        Assert.Contains(bodies.Values, b => b.Contains("\"copiesAndRelays\":[{", StringComparison.Ordinal));
        Assert.Contains(bodies.Values, b => b.Contains("\"relations\":[{", StringComparison.Ordinal));

        var reader = Host.Admin;
        var events = await reader.GetJsonAsync("/api/v1/events?limit=1");
        var claim = await CreateLinkedClaimAsync("article-read", "jenny-town", events.Items().First().Str("slug"));
        var created = await reader.GetJsonAsync("/api/v1/articles/article-read-article");
        Assert.Equal(1, created.GetProperty("claimsCount").GetInt32());
        Assert.Equal(claim, created.GetProperty("claims")[0].Str("slug"));
        Assert.Equal(["jenny-town", "vladimir-putin"], created.GetProperty("actors").EnumerateArray().Select(a => a.Str("slug")).Order());

        await UpdateClaimTextAsync(claim, "article-read-article", "The agreement will be reviewed next spring.");
        var updated = await reader.GetJsonAsync($"/api/v1/articles/{created.GetProperty("id").GetInt32()}");
        Assert.Equal("The agreement will be reviewed next spring.", updated.GetProperty("claims")[0].Str("text"));

        await DeleteAsync($"/api/v1/claims/{claim}");
        var deleted = await reader.GetJsonAsync("/api/v1/articles/article-read-article");
        Assert.Equal(0, deleted.GetProperty("claimsCount").GetInt32());
        Assert.Empty(deleted.GetProperty("actors").EnumerateArray());
        await DeleteAsync("/api/v1/articles/article-read-article");
        await reader.GetJsonAsync("/api/v1/articles/article-read-article", System.Net.HttpStatusCode.NotFound);
        foreach (var (id, body) in bodies)
        {
            Assert.Equal(body, await BodyAsync(reader, $"/api/v1/articles/{id}"));
        }
    }
}

public sealed class SqliteArticleRecordReadTests(SqliteWriteHost host) : ArticleRecordReadTests(host), IClassFixture<SqliteWriteHost>;

public sealed class PostgresArticleRecordReadTests(PostgresWriteHost host) : ArticleRecordReadTests(host), IClassFixture<PostgresWriteHost>;
