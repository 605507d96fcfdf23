using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>Every error of the write API is a problem-details response that leaves stored data as it was; run once per engine.</summary>
public abstract class WriteErrorTests(WriteHost host)
{
    private async Task<HttpClient> EditorAsync() => host.WithKey(await host.Admin.CreateKeyAsync("errors editor", "editor"));

    [SkippableFact]
    public async Task MissingAndMalformedFieldsAre400WithFieldErrorsSayingWhatIsAccepted()
    {
        var editor = await EditorAsync();
        var claim = WriteHelpers.Claim("invalid-claim", "economist-2024-06-22-putin-kim-bromance");
        claim.Remove("text");
        claim["kind"] = "rumour";
        claim["appearances"]![0]!["role"] = "echoes";
        var @event = new JsonObject { ["slug"] = "invalid-event", ["title"] = "T", ["kind"] = "summit", ["date"] = "2024-13-01" };

        var problem = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var dateProblem = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/events", @event)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("https://newstreaty.dev/problems/validation", problem.Str("type"));
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("text", out _), errors.ToString());
        Assert.Contains("direct-quote, reported-speech", problem.FieldError("kind"), StringComparison.Ordinal);
        Assert.Contains("originates", problem.FieldError("appearances[0].role"), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", dateProblem.FieldError("date"), StringComparison.Ordinal);
        await (await editor.GetAsync(new Uri("/api/v1/claims/invalid-claim", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task ABrokenDomainRuleIs400AtTheFieldAndStoresNothing()
    {
        var editor = await EditorAsync();
        var unknownClaimant = WriteHelpers.Claim("unknown-claimant-claim", "economist-2024-06-22-putin-kim-bromance");
        unknownClaimant["claimantActor"] = "nobody-at-all";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article("quoted-article"))).ExpectAsync(HttpStatusCode.Created);
        var misquote = WriteHelpers.Claim("misquoting-claim", "quoted-article");
        misquote["appearances"]![0]!["start"] = WriteHelpers.QuoteStart + 1;
        misquote["appearances"]![0]!["end"] = WriteHelpers.QuoteStart + 1 + WriteHelpers.Quote.Length;

        var claimant = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", unknownClaimant)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var quote = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", misquote)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("nobody-at-all", claimant.FieldError("claimantActor"), StringComparison.Ordinal);
        Assert.Contains("not found at", quote.FieldError("appearances[0]"), StringComparison.Ordinal);
        await (await editor.GetAsync(new Uri("/api/v1/claims/unknown-claimant-claim", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync(new Uri("/api/v1/claims/misquoting-claim", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task AnExistingSlugIs409AndAMalformedBodyIs400()
    {
        var editor = await EditorAsync();
        var actor = new JsonObject { ["slug"] = "vladimir-putin", ["name"] = "Someone else", ["kind"] = "person" };

        var conflict = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/actors", actor)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://newstreaty.dev/problems/conflict", conflict.Str("type"));
        Assert.Equal("Vladimir Putin", (await editor.GetJsonAsync("/api/v1/actors/vladimir-putin")).Str("name"));

        using var broken = new StringContent("{\"slug\": \"x\",", Encoding.UTF8, "application/json");
        await (await editor.PostAsync(new Uri("/api/v1/actors", UriKind.Relative), broken)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [SkippableTheory]
    [InlineData("PUT", "/api/v1/claims/no-such-claim")]
    [InlineData("DELETE", "/api/v1/actors/no-such-actor")]
    [InlineData("GET", "/api/v1/events/no-such-event/history")]
    [InlineData("POST", "/api/v1/articles/no-such-article/restore")]
    public async Task UnknownRecordsAre404(string method, string url)
    {
        var body = method == "PUT" ? WriteHelpers.Claim("no-such-claim", "economist-2024-06-22-putin-kim-bromance") : null;

        var problem = await (await host.Admin.SendAsync(new HttpMethod(method), url, body, "\"any\"")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("https://newstreaty.dev/problems/not-found", problem.Str("type"));
    }

    [SkippableFact]
    public async Task ABodyThatIsNotJsonIs415()
    {
        var editor = await EditorAsync();
        using var form = new StringContent("slug=x&name=y", Encoding.UTF8, "application/x-www-form-urlencoded");

        var problem = await (await editor.PostAsync(new Uri("/api/v1/actors", UriKind.Relative), form)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("https://newstreaty.dev/problems/unsupported-media-type", problem.Str("type"));
        Assert.Contains("application/json", problem.Str("detail"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ABodyOverTheLimitIs413AndImportHasALargerOne()
    {
        var editor = await EditorAsync();
        var article = WriteHelpers.Article("oversized-article");
        article["text"] = new string('x', 1_100_000);

        var problem = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", article)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("https://newstreaty.dev/problems/payload-too-large", problem.Str("type"));
        await (await editor.GetAsync(new Uri("/api/v1/articles/oversized-article", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
        var bundle = new JsonObject { ["format"] = "newstreaty-bundle", ["version"] = 1, ["articles"] = new JsonArray(article) };
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/import", bundle)).ExpectAsync(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task AnInvalidBundleIsRejectedWholeWithEveryProblem()
    {
        var editor = await EditorAsync();
        var claim = WriteHelpers.Claim("bundle-claim", "no-such-article");
        var bundle = new JsonObject
        {
            ["format"] = "newstreaty-bundle",
            ["version"] = 1,
            ["articles"] = new JsonArray(WriteHelpers.Article("bundle-article")),
            ["claims"] = new JsonArray(claim),
        };

        var problem = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/import", bundle)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("https://newstreaty.dev/problems/invalid-bundle", problem.Str("type"));
        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.Str("path") == "claims[0].appearances[0].article");
        await (await editor.GetAsync(new Uri("/api/v1/articles/bundle-article", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteWriteErrorTests(SqliteWriteHost host) : WriteErrorTests(host), IClassFixture<SqliteWriteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWriteErrorTests(PostgresWriteHost host) : WriteErrorTests(host), IClassFixture<PostgresWriteHost>;

/// <summary>Rate limits need a host of their own, configured with a small allowance.</summary>
public abstract class RateLimitTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task AnonymousClientsGet429WithRetryAfterWhileAKeyedClientHasAHigherAllowance()
    {
        using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new NewsTreatyFactory(database, new Dictionary<string, string?>
        {
            ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey,
            ["ApiLimits:AnonymousPermitLimit"] = "3",
            ["ApiLimits:KeyedPermitLimit"] = "8",
            ["ApiLimits:WindowSeconds"] = "600",
        });
        var anonymous = factory.CreateClient();
        var keyed = factory.CreateClient();
        keyed.DefaultRequestHeaders.Add("X-Api-Key", WriteHost.BootstrapKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await anonymous.GetAsync(new Uri("/api/v1/claims?limit=1", UriKind.Relative))).StatusCode);
        }

        var limited = await anonymous.GetAsync(new Uri("/api/v1/events?limit=1", UriKind.Relative));
        var problem = await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("https://newstreaty.dev/problems/too-many-requests", problem.Str("type"));
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(new Uri("/api/v1/claims?limit=1", UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await keyed.GetAsync(new Uri("/api/v1/claims?limit=1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }
}

public sealed class SqliteRateLimitTests() : RateLimitTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresRateLimitTests() : RateLimitTests(DatabaseProvider.PostgreSql);
