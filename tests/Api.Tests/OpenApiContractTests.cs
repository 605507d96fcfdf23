using System.Net;
using System.Text.Json;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// What a client generated from /openapi/v1.json relies on: the calls a CMS developer makes answer exactly what the
/// document declares (required fields, types, enums, instants with an offset, problems), and the document carries the
/// write contract (keys, If-Match, ETag) and names that do not collide with library types.
/// </summary>
public sealed class OpenApiContractTests(SqliteWriteHost host) : IClassFixture<SqliteWriteHost>
{
    private static readonly string[] Enums =
    [
        "ClaimKind", "ReviewStatus", "Hedging", "ActorKind", "EventKind", "DatePrecision", "AppearanceRole", "OutletKind", "Genre",
        "DateBasis", "ResourceKind", "RevisionAction", "ApiRole", "ArticleRelationKind",
    ];

    [Fact]
    public async Task ReadsACmsDeveloperMakesMatchTheirDeclaredSchemas()
    {
        var doc = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        var schemas = new SchemaConformance(doc);
        var actor = (await host.Anonymous.GetJsonAsync("/api/v1/actors?limit=1")).Items().First().Str("slug");
        var claim = (await host.Anonymous.GetJsonAsync($"/api/v1/claims?actor={actor}&limit=2")).Items().First().Str("slug");
        var evt = (await host.Anonymous.GetJsonAsync("/api/v1/events?limit=1")).Items().First().Str("slug");
        var article = (await host.Anonymous.GetJsonAsync("/api/v1/articles?limit=1")).Items().First().Str("slug");
        (string Url, string Path)[] calls =
        [
            ($"/api/v1/claims?actor={actor}&limit=2", "/api/v1/claims"),
            ("/api/v1/claims?q=treaty&sort=relevance", "/api/v1/claims"),
            ($"/api/v1/claims/{claim}", "/api/v1/claims/{key}"),
            ($"/api/v1/claims/{claim}/history", "/api/v1/claims/{key}/history"),
            ("/api/v1/search?q=treaty", "/api/v1/search"),
            ("/api/v1/timeline", "/api/v1/timeline"),
            ("/api/v1/timeline/timelinejs", "/api/v1/timeline/timelinejs"),
            ($"/api/v1/events/{evt}", "/api/v1/events/{key}"),
            ("/api/v1/events?limit=3", "/api/v1/events"),
            ($"/api/v1/actors/{actor}", "/api/v1/actors/{key}"),
            ($"/api/v1/articles/{article}", "/api/v1/articles/{key}"),
            ("/api/v1/articles?limit=3", "/api/v1/articles"),
            ("/api/v1/outlets", "/api/v1/outlets"),
            ("/api/v1/outlets/economist", "/api/v1/outlets/{key}"),
            ("/api/v1/export", "/api/v1/export"),
        ];
        foreach (var (url, path) in calls)
        {
            var body = await host.Anonymous.GetJsonAsync(url);
            var errors = schemas.Check(schemas.ResponseSchema(path, "get"), body);
            Assert.True(errors.Count == 0, $"GET {url}:\n{string.Join("\n", errors.Take(10))}");
        }

        var jsonLd = await host.Anonymous.GetJsonAsync($"/api/v1/claims/{claim}?format=jsonld");
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/claims/{key}", "get", mediaType: "application/ld+json"), jsonLd));
        var notFound = await host.Anonymous.GetJsonAsync("/api/v1/actors/no-such-actor", HttpStatusCode.NotFound);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/actors/{key}", "get", "404", "application/problem+json"), notFound));
    }

    [Fact]
    public async Task WritesFollowTheDeclaredContract()
    {
        var doc = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        var schemas = new SchemaConformance(doc);
        var editor = host.WithKey(await host.Admin.CreateKeyAsync("contract editor", "editor"));
        var article = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article("contract-article"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/articles", "post", "201"), article));

        var created = await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("contract-claim", "contract-article"));
        var claim = await created.ExpectAsync(HttpStatusCode.Created);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/claims", "post", "201"), claim));
        var etag = created.Headers.ETag!.ToString();

        var changed = WriteHelpers.Claim("contract-claim", "contract-article");
        changed["text"] = "The agreement will be reviewed within two years.";
        var updated = await editor.SendAsync(HttpMethod.Put, "/api/v1/claims/contract-claim", changed, etag);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/claims/{key}", "put"), await updated.ExpectAsync(HttpStatusCode.OK)));

        var stale = await (await editor.SendAsync(HttpMethod.Put, "/api/v1/claims/contract-claim", changed, etag)).ExpectAsync(HttpStatusCode.PreconditionFailed);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/claims/{key}", "put", "412", "application/problem+json"), stale));
        var missing = await (await editor.SendAsync(HttpMethod.Put, "/api/v1/claims/contract-claim", changed)).ExpectAsync(HttpStatusCode.PreconditionRequired);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/claims/{key}", "put", "428", "application/problem+json"), missing));
        var invalid = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", new System.Text.Json.Nodes.JsonObject { ["kind"] = "rumour" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Empty(schemas.Check(schemas.ResponseSchema("/api/v1/claims", "post", "400", "application/problem+json"), invalid));

        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/claims/contract-claim", ifMatch: updated.Headers.ETag!.ToString())).ExpectAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task TheDocumentCarriesTheWriteContractAndTypedSchemas()
    {
        var anotherHost = host.Anonymous;
        anotherHost.DefaultRequestHeaders.Host = "attacker.example";
        var doc = await anotherHost.GetJsonAsync("/openapi/v1.json");
        Assert.Equal("/", doc.GetProperty("servers")[0].Str("url"));

        var components = doc.GetProperty("components");
        var schemes = components.GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").Str("scheme"));
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").Str("name"));
        var schemas = components.GetProperty("schemas");
        Assert.All(Enums, name => Assert.Equal("string", schemas.GetProperty(name).Str("type")));
        Assert.DoesNotContain("\"integer\",\"string\"", doc.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(["Document", "Slide", "Text", "Date"], generic => Assert.False(schemas.TryGetProperty(generic, out _), $"schema '{generic}' collides with library types"));
        Assert.Equal(["direct-quote", "reported-speech", "factual-assertion", "prediction", "opinion"],
            schemas.GetProperty("ClaimInput").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("nextCursor", schemas.GetProperty("ListResponseOfClaimSummaryView").GetProperty("properties").EnumerateObject().Select(p => p.Name));

        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name} {path.Name}";
                var responses = operation.Value.GetProperty("responses");
                var headers = operation.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Where(p => p.Str("in") == "header").ToDictionary(p => p.Str("name"), p => p.TryGetProperty("required", out var r) && r.GetBoolean())
                    : [];
                foreach (var response in responses.EnumerateObject())
                {
                    foreach (var media in response.Value.TryGetProperty("content", out var content) ? content.EnumerateObject() : [])
                    {
                        Assert.True(media.Value.TryGetProperty("schema", out _), $"{where} {response.Name} {media.Name} has no schema");
                    }
                }

                if (responses.TryGetProperty("401", out _))
                {
                    Assert.True(operation.Value.TryGetProperty("security", out _), $"{where} answers 401 but declares no security");
                }

                if (responses.TryGetProperty("428", out _))
                {
                    Assert.True(headers.GetValueOrDefault("If-Match"), $"{where} answers 428 but declares no required If-Match");
                }

                if (operation.Name == "get")
                {
                    Assert.True(headers.ContainsKey("If-None-Match"), $"{where} declares 304 but no If-None-Match");
                    Assert.True(responses.GetProperty("200").TryGetProperty("headers", out var h) && h.TryGetProperty("ETag", out _), $"{where} 200 declares no ETag");
                }
            }
        }

        var paths = doc.GetProperty("paths");
        Assert.EndsWith("/TimelineView", paths.GetProperty("/api/v1/timeline").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").Str("$ref"));
        Assert.EndsWith("/Bundle", paths.GetProperty("/api/v1/export").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").Str("$ref"));
        var minSources = paths.GetProperty("/api/v1/claims").GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.Str("name") == "minSources");
        Assert.Equal("integer", minSources.GetProperty("schema").Str("type"));
    }

    [Fact]
    public async Task ThePagingCursorIsGivenOnItsOwn()
    {
        var page = await host.Anonymous.GetJsonAsync("/api/v1/claims?limit=1");
        var cursor = page.Str("nextCursor");
        Assert.Contains("cursor=" + Uri.EscapeDataString(cursor), page.Str("next"), StringComparison.Ordinal);
        var second = await host.Anonymous.GetJsonAsync($"/api/v1/claims?limit=1&cursor={Uri.EscapeDataString(cursor)}");
        Assert.NotEqual(page.Items().Single().Str("slug"), second.Items().Single().Str("slug"));
    }
}
