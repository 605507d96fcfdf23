using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// The read cache keeps the public reading pages as it keeps the API's answers: a repeated anonymous read is served
/// from memory with the same bytes, a write empties it, and the desk, signed-in and keyed requests never touch it.
/// </summary>
public sealed class ReaderPageCacheTests : IAsyncLifetime
{
    private const string AdminKey = "nt_test-bootstrap-admin-key-for-page-cache";
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private NewsTreatyFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new NewsTreatyFactory(_database, new Dictionary<string, string?>
        {
            ["Auth:BootstrapAdminKey"] = AdminKey,
            // One host: a long lease, so a change-watch poll stalled by a loaded CI machine (over the default 1 s) does
            // not make the cache stand aside, which it rightly does when blind to other hosts (X-Cache absent, once in CI).
            ["ChangeWatch:LeaseMilliseconds"] = "30000",
        });
        return Task.CompletedTask;
    }

    private static string? CacheOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PublicReadCache.CacheHeader, out var values) ? values.Single() : null;

    [Theory]
    [InlineData("/")]
    [InlineData("/claims/putin-first-visit-since-2000")]
    [InlineData("/events/putin-visit-pyongyang-2000")]
    [InlineData("/actors/vladimir-putin")]
    [InlineData("/claims?q=treaty")]
    [InlineData("/search?q=Putin+visit+Pyongyang")]
    public async Task ARepeatedReadOfAPageIsServedFromTheCacheWithTheSameBytes(string path)
    {
        var client = _factory.CreateClient();

        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var stored = await client.GetAsync(new Uri(path, UriKind.Relative)); // a read is stored from its second ask
        var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(("miss", "miss"), (CacheOf(first), CacheOf(stored)));
        Assert.Equal("hit", CacheOf(second));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/html; charset=utf-8", second.Content.Headers.ContentType?.ToString());
        // The policy a stored page is served with carries no per-request secret to go stale.
        Assert.DoesNotContain("nonce", string.Join(" ", second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriteThroughTheApiIsOnTheNextPageRead()
    {
        var client = _factory.CreateClient();
        const string Path = "/claims?q=zanzibarite";
        Assert.DoesNotContain("zanzibarite-claim", await client.GetStringAsync(new Uri(Path, UriKind.Relative)), StringComparison.Ordinal);
        await client.GetStringAsync(new Uri(Path, UriKind.Relative)); // stored
        Assert.Equal("hit", CacheOf(await client.GetAsync(new Uri(Path, UriKind.Relative))));

        const string Quote = "Zanzibarite is the word of this test.";
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims")
        {
            Content = JsonContent.Create(new
            {
                slug = "zanzibarite-claim",
                text = "A claim about zanzibarite, written after its search page was cached.",
                kind = "opinion",
                claimantOutlet = "guardian",
                appearances = new[] { new { article = "guardian-view-putin-kim-alarming-pact", quote = Quote, start = 0, end = Quote.Length, role = "originates" } },
            }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var created = await client.SendAsync(create);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var after = await client.GetAsync(new Uri(Path, UriKind.Relative));

        Assert.Equal("miss", CacheOf(after));
        Assert.Contains("zanzibarite-claim", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentIsBuiltOnceAndThenServedFromTheCache()
    {
        var client = _factory.CreateClient();

        var first = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal("miss", CacheOf(first));
        Assert.Equal("hit", CacheOf(second));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/editor/sign-in")]
    [InlineData("/swagger/index.html")]
    public async Task TheDeskAndOtherAreasAreNeverCached(string path)
    {
        var client = _factory.CreateClient();

        await client.GetAsync(new Uri(path, UriKind.Relative));
        var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Null(CacheOf(second));
    }

    [Fact]
    public async Task AKeyedReadOfAPageAlwaysReachesThePage()
    {
        var client = _factory.CreateClient();
        await client.GetAsync(new Uri("/", UriKind.Relative));
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/");
        keyed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);

        var response = await client.SendAsync(keyed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(CacheOf(response));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }
}
