using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// The server-side cache of anonymous reads: what it serves, what empties it, and what it must leave alone.
/// A write made behind the host's back (another process, as the CLI's import would be) shows whether a response
/// came from the cache or from the endpoint.
/// </summary>
public abstract class ReadCacheTests(WriteHost host)
{
    private async Task<HttpClient> EditorAsync() =>
        host.WithKey(await host.Admin.CreateKeyAsync("cache editor " + Guid.NewGuid().ToString("N")[..6], "editor"));

    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(HttpClient client, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static string? CacheOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PublicReadCache.CacheHeader, out var values) ? values.Single() : null;

    /// <summary>Changes a claim's text the way another process would: its own DbContext, which this host is not told about.</summary>
    internal static async Task ChangeBehindTheHostsBackAsync(TestDatabase database, string slug, string text)
    {
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        database.Settings.Configure(options);
        await using var db = new NewsTreatyDbContext(options.Options);
        Assert.Equal(1, await db.Claims.Where(c => c.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(c => c.Text, text)));
    }

    private async Task<string> NewClaimAsync(string slug)
    {
        var editor = await EditorAsync();
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article(slug + "-article"))).ExpectAsync(HttpStatusCode.Created);
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim(slug, slug + "-article"))).ExpectAsync(HttpStatusCode.Created);
        return "/api/v1/claims/" + slug;
    }

    [SkippableFact]
    public async Task ARepeatedAnonymousReadIsServedFromTheCacheWithTheSameBytesETagAndCacheControl()
    {
        var url = await NewClaimAsync("cache-repeat");

        var (first, firstBody) = await GetAsync(host.Anonymous, url);
        var (second, _) = await GetAsync(host.Anonymous, url); // asked again: now stored
        await ChangeBehindTheHostsBackAsync(host.Factory.Database, "cache-repeat", "Changed where this host cannot see it.");
        var (third, thirdBody) = await GetAsync(host.Anonymous, url);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(("miss", "miss", "hit"), (CacheOf(first), CacheOf(second), CacheOf(third)));
        Assert.Equal(firstBody, thirdBody); // the endpoint would have read the new text
        Assert.Equal(ETag.Compute(thirdBody), third.Headers.ETag?.Tag);
        Assert.Equal(first.Headers.ETag, third.Headers.ETag);
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", third.Headers.CacheControl?.ToString());
        Assert.Equal(first.Content.Headers.ContentType, third.Content.Headers.ContentType);
        Assert.Equal(thirdBody.Length, third.Content.Headers.ContentLength);
    }

    [SkippableFact]
    public async Task AReadAskedForOnceIsNotStoredAndADifferentQueryOrAcceptIsAnotherRead()
    {
        var url = await NewClaimAsync("cache-once");
        await GetAsync(host.Anonymous, url + "?format=json"); // another query: another read
        using (var jsonLd = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)))
        {
            jsonLd.Headers.Accept.ParseAdd("application/ld+json"); // another Accept: another read
            Assert.Equal("miss", CacheOf(await host.Anonymous.SendAsync(jsonLd)));
        }

        var (first, _) = await GetAsync(host.Anonymous, url);
        await ChangeBehindTheHostsBackAsync(host.Factory.Database, "cache-once", "Read fresh: the first ask was not kept.");
        var (second, secondBody) = await GetAsync(host.Anonymous, url);
        var (third, thirdBody) = await GetAsync(host.Anonymous, url);

        Assert.Equal(("miss", "miss", "hit"), (CacheOf(first), CacheOf(second), CacheOf(third)));
        Assert.Contains("Read fresh: the first ask was not kept.", System.Text.Encoding.UTF8.GetString(secondBody), StringComparison.Ordinal);
        Assert.Equal(secondBody, thirdBody);
    }

    [SkippableFact]
    public async Task AKeyedReadAlwaysReachesTheEndpoint()
    {
        var url = await NewClaimAsync("cache-keyed");
        var reader = host.WithKey(await host.Admin.CreateKeyAsync("cache reader", "reader"));
        await GetAsync(host.Anonymous, url);
        await GetAsync(host.Anonymous, url); // stored
        await GetAsync(reader, url);

        await ChangeBehindTheHostsBackAsync(host.Factory.Database, "cache-keyed", "Seen only by keyed clients until the entry expires.");
        var (keyed, _) = await GetAsync(reader, url);
        var (anonymous, _) = await GetAsync(host.Anonymous, url);

        Assert.Null(CacheOf(keyed));
        Assert.Equal("Seen only by keyed clients until the entry expires.", (await reader.GetJsonAsync(url)).Str("text"));
        Assert.Equal("hit", CacheOf(anonymous));
        Assert.Equal("The agreement will be reviewed within a year.", (await host.Anonymous.GetJsonAsync(url)).Str("text"));
    }

    [SkippableFact]
    public async Task AnUpdateThroughTheApiEvictsSoTheNextReadShowsItUnderANewETag()
    {
        var url = await NewClaimAsync("cache-update");
        var editor = await EditorAsync();
        var (before, _) = await GetAsync(host.Anonymous, url);
        await GetAsync(host.Anonymous, url); // stored
        Assert.Equal("hit", CacheOf((await GetAsync(host.Anonymous, url)).Response));
        var edit = WriteHelpers.Claim("cache-update", "cache-update-article");
        edit["text"] = "Reworded after the cache held the old text.";

        await (await editor.SendAsync(HttpMethod.Put, url, edit, before.Headers.ETag!.ToString())).ExpectAsync(HttpStatusCode.OK);
        var (after, _) = await GetAsync(host.Anonymous, url);

        Assert.Equal("miss", CacheOf(after));
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Reworded after the cache held the old text.", (await host.Anonymous.GetJsonAsync(url)).Str("text"));
    }

    [SkippableFact]
    public async Task AnImportEvictsEveryCachedRead()
    {
        var url = await NewClaimAsync("cache-import");
        var list = "/api/v1/claims?limit=5";
        foreach (var read in new[] { url, list, url, list, url, list })
        {
            await GetAsync(host.Anonymous, read);
        }

        Assert.Equal("hit", CacheOf((await GetAsync(host.Anonymous, list)).Response)); // stored, so the import has something to evict
        var bundle = new JsonObject
        {
            ["format"] = "newstreaty-bundle",
            ["version"] = 1,
            ["claims"] = new JsonArray(WriteHelpers.Claim("cache-import", "cache-import-article")),
        };
        ((JsonArray)bundle["claims"]!)[0]!["text"] = "Imported over the cached version.";

        await (await (await EditorAsync()).SendAsync(HttpMethod.Post, "/api/v1/import", bundle)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("miss", CacheOf((await GetAsync(host.Anonymous, list)).Response));
        var (after, _) = await GetAsync(host.Anonymous, url);
        Assert.Equal("miss", CacheOf(after));
        Assert.Equal("Imported over the cached version.", (await host.Anonymous.GetJsonAsync(url)).Str("text"));
    }

    [SkippableFact]
    public async Task IfNoneMatchIsAnswered304FromTheCacheAndARevalidationThatMissesFillsIt()
    {
        var url = await NewClaimAsync("cache-revalidate");
        var (first, _) = await GetAsync(host.Anonymous, url);
        var etag = first.Headers.ETag!.ToString();
        await GetAsync(host.Anonymous, url); // stored

        var (cached, cachedBody) = await GetAsync(host.Anonymous, url, etag);
        Assert.Equal((HttpStatusCode.NotModified, "hit"), (cached.StatusCode, CacheOf(cached)));
        Assert.Empty(cachedBody);
        Assert.Equal(etag, cached.Headers.ETag?.ToString());
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", cached.Headers.CacheControl?.ToString());

        await NewClaimAsync("cache-revalidate-other"); // any write empties the cache
        var (missed, _) = await GetAsync(host.Anonymous, url, etag);
        var (refilled, _) = await GetAsync(host.Anonymous, url, etag);
        Assert.Equal((HttpStatusCode.NotModified, "miss"), (missed.StatusCode, CacheOf(missed)));
        Assert.Equal((HttpStatusCode.NotModified, "hit"), (refilled.StatusCode, CacheOf(refilled)));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(host.Anonymous, url, "\"something-else\"")).Response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/api/v1/claims/1")]
    [InlineData("/api/v1/claims?limit=3")]
    [InlineData("/api/v1/timeline")]
    [InlineData("/api/v1/actors/kim-jong-un")]
    [InlineData("/embed/timeline")]
    [InlineData("/embed/actors/kim-jong-un")]
    [InlineData("/embed/accent.css?c=336699")]
    public async Task HeadAnswersLikeGetWithoutABody(string url)
    {
        var (get, body) = await GetAsync(host.Anonymous, url);
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative));
        var head = await host.Anonymous.SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (get.StatusCode, head.StatusCode));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
    }
}

/// <summary>
/// A host that does not watch the database for other processes' writes (ChangeWatch:Enabled=false), as one process
/// that owns its data runs: these tests change data behind its back to tell a cached response from a fresh one.
/// MultiHostTests cover the watch.
/// </summary>
public abstract class UnwatchedWriteHost(DatabaseProvider provider) : WriteHost(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = BootstrapKey, ["ChangeWatch:Enabled"] = "false" };
}

public sealed class SqliteUnwatchedWriteHost() : UnwatchedWriteHost(DatabaseProvider.Sqlite);

public sealed class PostgresUnwatchedWriteHost() : UnwatchedWriteHost(DatabaseProvider.PostgreSql);

public sealed class SqliteReadCacheTests(SqliteUnwatchedWriteHost host) : ReadCacheTests(host), IClassFixture<SqliteUnwatchedWriteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresReadCacheTests(PostgresUnwatchedWriteHost host) : ReadCacheTests(host), IClassFixture<PostgresUnwatchedWriteHost>;

/// <summary>The cache's limits need hosts of their own: a small request allowance, a short expiry.</summary>
public abstract class ReadCacheLimitTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task AnAnonymousClientOverItsAllowanceGets429EvenForACachedUrl()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?>
        {
            ["ApiLimits:AnonymousPermitLimit"] = "3",
            ["ApiLimits:WindowSeconds"] = "600",
            ["ChangeWatch:Enabled"] = "false", // asserts a hit: no lease to lapse on a loaded machine
        });
        var client = factory.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative)));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        Assert.Equal("hit", responses[2].Headers.GetValues(PublicReadCache.CacheHeader).Single());
        await responses[3].AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [SkippableFact]
    public async Task AWriteByAnotherProcessIsServedOnceTheShortExpiryHasPassed()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?> { ["ApiCache:Seconds"] = "1", ["ChangeWatch:Enabled"] = "false" });
        var client = factory.CreateClient();
        var slug = (await client.GetJsonAsync("/api/v1/claims/1")).Str("slug");

        await ReadCacheTests.ChangeBehindTheHostsBackAsync(database, slug, "Written by another process.");

        // Read until the write shows, however long this machine takes: every hit until then is the stored entry (the old
        // text), and the write shows on the first miss after the entry's second has passed. No read depends on landing in time.
        var reads = new List<(string Cache, string Text)>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        do
        {
            if (reads.Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }

            var response = await client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative), deadline.Token);
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(deadline.Token));
            reads.Add((response.Headers.GetValues(PublicReadCache.CacheHeader).Single(), body.RootElement.GetProperty("text").GetString()!));
        }
        while (reads[^1].Text != "Written by another process.");

        Assert.All(reads.Where(r => r.Cache == "hit"), r => Assert.NotEqual("Written by another process.", r.Text));
        Assert.Equal("miss", reads[^1].Cache);
    }

    [SkippableFact]
    public async Task WithStoreOnSecondRequestOffTheFirstAskIsStored()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?>
        {
            ["ApiCache:StoreOnSecondRequest"] = "false",
            ["ChangeWatch:Enabled"] = "false", // asserts a hit: no lease to lapse on a loaded machine
        });
        var client = factory.CreateClient();
        var first = await client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative));
        using var firstBody = System.Text.Json.JsonDocument.Parse(await first.Content.ReadAsStringAsync());

        await ReadCacheTests.ChangeBehindTheHostsBackAsync(database, firstBody.RootElement.GetProperty("slug").GetString()!, "Not seen: the first ask was kept.");
        var second = await client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative));

        Assert.Equal(("miss", "hit"), (first.Headers.GetValues(PublicReadCache.CacheHeader).Single(), second.Headers.GetValues(PublicReadCache.CacheHeader).Single()));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task WithTheCacheDisabledEveryReadReachesTheEndpoint()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?> { ["ApiCache:Enabled"] = "false" });
        var client = factory.CreateClient();
        var slug = (await client.GetJsonAsync("/api/v1/claims/1")).Str("slug");

        await ReadCacheTests.ChangeBehindTheHostsBackAsync(database, slug, "Seen at once without a cache.");
        var response = await client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative));

        Assert.False(response.Headers.Contains(PublicReadCache.CacheHeader));
        Assert.Equal("Seen at once without a cache.", (await client.GetJsonAsync("/api/v1/claims/1")).Str("text"));
        Assert.NotNull(response.Headers.ETag);
    }
}

public sealed class SqliteReadCacheLimitTests() : ReadCacheLimitTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresReadCacheLimitTests() : ReadCacheLimitTests(DatabaseProvider.PostgreSql);
