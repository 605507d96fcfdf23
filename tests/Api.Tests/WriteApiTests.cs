using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace NewsTreaty.Api.Tests;

/// <summary>Authentication, lost-update prevention and history of the write API; run once per database engine.</summary>
public abstract class WriteApiTests(WriteHost host)
{
    private async Task<string> EditorKeyAsync() => await host.Admin.CreateKeyAsync("test editor " + Guid.NewGuid().ToString("N")[..6], "editor");

    private async Task<(HttpClient Editor, string Article)> ArticleAsync(string slug)
    {
        var editor = host.WithKey(await EditorKeyAsync());
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article(slug))).ExpectAsync(HttpStatusCode.Created);
        return (editor, slug);
    }

    [SkippableTheory]
    [InlineData("POST", "/api/v1/claims")]
    [InlineData("PUT", "/api/v1/claims/1")]
    [InlineData("DELETE", "/api/v1/events/1")]
    [InlineData("POST", "/api/v1/outlets")]
    [InlineData("PUT", "/api/v1/outlets/economist")]
    [InlineData("DELETE", "/api/v1/outlets/economist")]
    [InlineData("POST", "/api/v1/import")]
    [InlineData("GET", "/api/v1/admin/keys")]
    public async Task WritesWithoutAKeyAre401Problems(string method, string url)
    {
        var response = await host.Anonymous.SendAsync(new HttpMethod(method), url, method == "GET" || method == "DELETE" ? null : new JsonObject());

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("https://newstreaty.dev/problems/unauthorized", problem.Str("type"));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [SkippableFact]
    public async Task AnUnknownOrRevokedKeyIs401AndTheBearerHeaderWorksLikeXApiKey()
    {
        var key = await EditorKeyAsync();
        var bearer = host.Factory.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        await (await bearer.SendAsync(HttpMethod.Post, "/api/v1/claims", new JsonObject())).ExpectAsync(HttpStatusCode.BadRequest);

        await (await host.WithKey("nt_" + new string('A', 43)).SendAsync(HttpMethod.Post, "/api/v1/claims", new JsonObject()))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Admin.SendAsync(HttpMethod.Delete, "/api/v1/admin/keys/" + key[..11])).ExpectAsync(HttpStatusCode.OK);
        var revoked = await (await bearer.SendAsync(HttpMethod.Post, "/api/v1/claims", new JsonObject())).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", revoked.Str("detail"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AKeyWithTooLowARoleIs403()
    {
        var reader = host.WithKey(await host.Admin.CreateKeyAsync("test reader", "reader"));
        var editor = host.WithKey(await EditorKeyAsync());

        var problem = await (await reader.SendAsync(HttpMethod.Post, "/api/v1/claims", new JsonObject())).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("https://newstreaty.dev/problems/forbidden", problem.Str("type"));
        await (await editor.GetAsync(new Uri("/api/v1/admin/keys", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims/1/restore")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative))).StatusCode);
    }

    [SkippableFact]
    public async Task KeysAreStoredOnlyAsAHashAndListedWithoutTheirSecret()
    {
        var secret = await host.Admin.CreateKeyAsync("hash check", "editor");

        var stored = await host.Factory.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Prefix == secret.Substring(0, 11)));
        Assert.Equal(64, stored.Hash.Length);
        Assert.DoesNotContain(secret[11..], stored.Hash + stored.Name + stored.Prefix, StringComparison.Ordinal);
        var listed = await (await host.Admin.GetAsync(new Uri("/api/v1/admin/keys", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains(secret[..11], listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnUpdateWithoutIfMatchIs428AndWithAStaleETagIs412AndNeitherChangesAnything()
    {
        var (editor, article) = await ArticleAsync("concurrency-article");
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("concurrency-claim", article))).ExpectAsync(HttpStatusCode.Created);
        var url = "/api/v1/claims/concurrency-claim";
        var first = await editor.ETagAsync(url);
        var edit = WriteHelpers.Claim("concurrency-claim", article);
        edit["text"] = "First editor's wording.";

        var missing = await (await editor.SendAsync(HttpMethod.Put, url, edit)).AssertProblemAsync((HttpStatusCode)428);
        Assert.Equal("https://newstreaty.dev/problems/precondition-required", missing.Str("type"));
        // If-Match uses the strong comparison: a weak tag of the very same value does not let the write through.
        await (await editor.SendAsync(HttpMethod.Put, url, edit, "W/" + first)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var saved = await editor.SendAsync(HttpMethod.Put, url, edit, first);
        var savedBody = await saved.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(await editor.ETagAsync(url), saved.Headers.ETag?.ToString());
        Assert.Equal(first.Length, saved.Headers.ETag!.ToString().Length);

        edit["text"] = "Second editor's wording, based on the old version.";
        var stale = await (await editor.SendAsync(HttpMethod.Put, url, edit, first)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("https://newstreaty.dev/problems/precondition-failed", stale.Str("type"));
        var now = await editor.GetJsonAsync(url);
        Assert.Equal("First editor's wording.", now.Str("text"));
        Assert.Equal(savedBody.GetProperty("revision").GetInt32(), now.GetProperty("revision").GetInt32());
        await (await editor.SendAsync(HttpMethod.Delete, url, ifMatch: first)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await editor.SendAsync(HttpMethod.Delete, url)).AssertProblemAsync((HttpStatusCode)428);
    }

    [SkippableFact]
    public async Task OfConcurrentUpdatesWithTheSameETagExactlyOneWins()
    {
        var (editor, article) = await ArticleAsync("race-article");
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("race-claim", article))).ExpectAsync(HttpStatusCode.Created);
        var etag = await editor.ETagAsync("/api/v1/claims/race-claim");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
        {
            var edit = WriteHelpers.Claim("race-claim", article);
            edit["text"] = $"Wording number {i}.";
            return host.WithKey(editor.DefaultRequestHeaders.GetValues("X-Api-Key").Single()).SendAsync(HttpMethod.Put, "/api/v1/claims/race-claim", edit, etag);
        }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var history = await editor.GetJsonAsync("/api/v1/claims/race-claim/history");
        Assert.Equal(["create", "update"], history.GetProperty("revisions").EnumerateArray().Select(r => r.Str("action")));
    }

    [SkippableFact]
    public async Task EveryChangeIsInTheHistoryAndADeletedRecordCanBeRestoredByAnAdmin()
    {
        var (editor, article) = await ArticleAsync("history-article");
        var url = "/api/v1/claims/history-claim";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("history-claim", article))).ExpectAsync(HttpStatusCode.Created);
        await (await editor.SendAsync(HttpMethod.Put, url + "/status", new JsonObject { ["status"] = "confirmed", ["note"] = "Checked against the transcript." },
            await editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.OK);
        await (await editor.SendAsync(HttpMethod.Delete, url, ifMatch: await editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.NoContent);
        await (await editor.GetAsync(new Uri(url, UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);

        var restored = await (await host.Admin.SendAsync(HttpMethod.Post, url + "/restore")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("confirmed", restored.Str("status"));
        Assert.Equal(WriteHelpers.Quote, restored.GetProperty("appearances")[0].Str("quote"));
        var history = (await editor.GetJsonAsync(url + "/history")).GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal(["create", "update", "delete", "restore"], history.Select(r => r.Str("action")));
        Assert.Equal([1, 2, 3, 4], history.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(4, restored.GetProperty("revision").GetInt32());
        Assert.StartsWith("test editor", history[0].Str("actor"), StringComparison.Ordinal);
        Assert.StartsWith("bootstrap admin key", history[3].Str("actor"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("before").ValueKind);
        Assert.Equal("unreviewed", history[1].GetProperty("before").Str("status"));
        Assert.Equal("confirmed", history[1].GetProperty("after").Str("status"));
        Assert.Equal("Checked against the transcript.", history[2].GetProperty("before").Str("statusNote"));
        Assert.Equal(JsonValueKind.Null, history[2].GetProperty("after").ValueKind);
        Assert.All(history, r => Assert.EndsWith("Z", r.Str("at"), StringComparison.Ordinal));
        await (await host.Admin.SendAsync(HttpMethod.Post, url + "/restore")).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task AppearancesAttachAndDetachAndTheLastOneCannotBeRemoved()
    {
        var (editor, article) = await ArticleAsync("evidence-article");
        var url = "/api/v1/claims/evidence-claim";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("evidence-claim", article))).ExpectAsync(HttpStatusCode.Created);

        var attached = await (await editor.SendAsync(HttpMethod.Post, url + "/appearances",
            WriteHelpers.Appearance(article, "Critics called the timetable vague."), await editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.OK);
        var appearances = attached.GetProperty("appearances").EnumerateArray().ToList();
        Assert.Equal(2, appearances.Count);

        var first = appearances.Single(a => a.Str("quote") == WriteHelpers.Quote).GetProperty("id").GetInt32();
        var detached = await (await editor.SendAsync(HttpMethod.Delete, $"{url}/appearances/{first}", ifMatch: await editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.OK);
        var left = Assert.Single(detached.GetProperty("appearances").EnumerateArray());
        Assert.Equal("Critics called the timetable vague.", left.Str("quote"));

        var last = left.GetProperty("id").GetInt32();
        var refused = await (await editor.SendAsync(HttpMethod.Delete, $"{url}/appearances/{last}", ifMatch: await editor.ETagAsync(url)))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("appearances", out _), refused.ToString());
        Assert.Single((await editor.GetJsonAsync(url)).GetProperty("appearances").EnumerateArray());
        await (await editor.SendAsync(HttpMethod.Delete, $"{url}/appearances/{first}", ifMatch: await editor.ETagAsync(url)))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task EventsActorsAndArticlesAreCreatedUpdatedAndDeletedToo()
    {
        var (editor, article) = await ArticleAsync("crud-article");
        var actor = new JsonObject { ["slug"] = "crud-actor", ["name"] = "A Test Spokesperson", ["kind"] = "person" };
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/actors", actor)).ExpectAsync(HttpStatusCode.Created);
        var @event = new JsonObject
        {
            ["slug"] = "crud-event",
            ["title"] = "Committee review",
            ["kind"] = "statement",
            ["date"] = "2024-06",
            ["importance"] = 2,
            ["actors"] = new JsonArray(new JsonObject { ["actor"] = "crud-actor", ["role"] = "speaker" }),
            ["articles"] = new JsonArray(article),
        };
        var created = await editor.SendAsync(HttpMethod.Post, "/api/v1/events", @event);
        await created.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("/api/v1/events/crud-event", created.Headers.Location!.ToString());

        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/actors/crud-actor", ifMatch: await editor.ETagAsync("/api/v1/actors/crud-actor")))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        @event["date"] = "2024-06-25~";
        var updated = await (await editor.SendAsync(HttpMethod.Put, "/api/v1/events/crud-event", @event, await editor.ETagAsync("/api/v1/events/crud-event")))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.True(updated.GetProperty("date").GetProperty("approximate").GetBoolean());

        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/events/crud-event", ifMatch: await editor.ETagAsync("/api/v1/events/crud-event"))).ExpectAsync(HttpStatusCode.NoContent);
        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/actors/crud-actor", ifMatch: await editor.ETagAsync("/api/v1/actors/crud-actor"))).ExpectAsync(HttpStatusCode.NoContent);
        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/articles/" + article, ifMatch: await editor.ETagAsync("/api/v1/articles/" + article))).ExpectAsync(HttpStatusCode.NoContent);
        foreach (var gone in new[] { "events/crud-event", "actors/crud-actor", "articles/" + article })
        {
            await (await editor.GetAsync(new Uri("/api/v1/" + gone, UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.True((await editor.GetJsonAsync($"/api/v1/{gone}/history")).GetProperty("deleted").GetBoolean());
        }
    }

    [SkippableFact]
    public async Task OutletsAreCreatedUpdatedDeletedAndRestoredWithTheRecordsRules()
    {
        var editor = host.WithKey(await EditorKeyAsync());
        var reader = host.WithKey(await host.Admin.CreateKeyAsync("test reader " + Guid.NewGuid().ToString("N")[..6], "reader"));
        var outlet = new JsonObject { ["slug"] = "crud-gazette", ["name"] = "The Test Gazette", ["country"] = "gb", ["kind"] = "newspaper" };
        await (await reader.SendAsync(HttpMethod.Post, "/api/v1/outlets", outlet)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var invalid = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/outlets",
            new JsonObject { ["slug"] = "crud-bad", ["name"] = "Bad", ["country"] = "GBR", ["kind"] = "blog", ["homepage"] = "not a link" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ISO 3166-1", invalid.FieldError("country"), StringComparison.Ordinal);
        Assert.Contains("newspaper", invalid.FieldError("kind"), StringComparison.Ordinal);
        Assert.NotEmpty(invalid.FieldError("homepage"));

        var created = await editor.SendAsync(HttpMethod.Post, "/api/v1/outlets", outlet);
        var view = await created.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("/api/v1/outlets/crud-gazette", created.Headers.Location!.ToString());
        Assert.Equal("GB", view.GetProperty("outlet").Str("country"));
        Assert.False(view.GetProperty("outlet").GetProperty("stateAffiliated").GetBoolean());
        Assert.Equal(created.Headers.ETag!.ToString(), await editor.ETagAsync("/api/v1/outlets/crud-gazette"));
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/outlets", outlet)).AssertProblemAsync(HttpStatusCode.Conflict);
        var listed = (await host.Anonymous.GetJsonAsync("/api/v1/outlets")).GetProperty("items").EnumerateArray()
            .Single(o => o.GetProperty("outlet").Str("slug") == "crud-gazette");
        Assert.Equal(0, listed.GetProperty("articles").GetInt32());

        var url = "/api/v1/outlets/crud-gazette";
        var etag = await editor.ETagAsync(url);
        outlet["stateAffiliated"] = true;
        outlet["homepage"] = "https://gazette.example/";
        await (await editor.SendAsync(HttpMethod.Put, url, outlet)).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        var updated = await (await editor.SendAsync(HttpMethod.Put, url, outlet, etag)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(updated.GetProperty("outlet").GetProperty("stateAffiliated").GetBoolean());
        Assert.Equal("https://gazette.example/", updated.Str("homepage"));
        outlet["name"] = "The Stale Gazette";
        await (await editor.SendAsync(HttpMethod.Put, url, outlet, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("The Test Gazette", (await editor.GetJsonAsync(url)).GetProperty("outlet").Str("name"));

        var article = WriteHelpers.Article("crud-gazette-article");
        article["outlet"] = "crud-gazette";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", article)).ExpectAsync(HttpStatusCode.Created);
        var referred = await (await editor.SendAsync(HttpMethod.Delete, url, ifMatch: await editor.ETagAsync(url))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("article crud-gazette-article", referred.Str("detail"), StringComparison.Ordinal);
        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/articles/crud-gazette-article", ifMatch: await editor.ETagAsync("/api/v1/articles/crud-gazette-article")))
            .ExpectAsync(HttpStatusCode.NoContent);
        await (await editor.SendAsync(HttpMethod.Delete, url, ifMatch: await editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.NoContent);
        await (await editor.GetAsync(new Uri(url, UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.SendAsync(HttpMethod.Post, url + "/restore")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var restored = await (await host.Admin.SendAsync(HttpMethod.Post, url + "/restore")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(restored.GetProperty("outlet").GetProperty("stateAffiliated").GetBoolean());
        var history = (await editor.GetJsonAsync(url + "/history")).GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal(["create", "update", "delete", "restore"], history.Select(r => r.Str("action")));
        Assert.False(history[1].GetProperty("before").GetProperty("stateAffiliated").GetBoolean());
        Assert.True(history[1].GetProperty("after").GetProperty("stateAffiliated").GetBoolean());
    }

    [SkippableFact]
    public async Task AnEditorImportsABundleAndEachRecordGetsAHistoryEntry()
    {
        var editor = host.WithKey(await EditorKeyAsync());
        var bundle = new JsonObject
        {
            ["format"] = "newstreaty-bundle",
            ["version"] = 1,
            ["articles"] = new JsonArray(WriteHelpers.Article("imported-article")),
            ["claims"] = new JsonArray(WriteHelpers.Claim("imported-claim", "imported-article")),
        };

        var result = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/import", bundle)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var history = await editor.GetJsonAsync("/api/v1/claims/imported-claim/history");
        Assert.Equal("create", Assert.Single(history.GetProperty("revisions").EnumerateArray()).Str("action"));
    }

    [SkippableFact]
    public async Task ReImportingAnUnchangedExportLeavesRevisionsETagsAndHistoryAloneAndAChangeTouchesOnlyItsRecords()
    {
        var editor = host.WithKey(await EditorKeyAsync());
        var export = JsonNode.Parse(await (await editor.GetAsync(new Uri("/api/v1/export", UriKind.Relative))).Content.ReadAsStringAsync())!.AsObject();
        var claim = export["claims"]![0]!.AsObject();
        var actor = export["actors"]![0]!.AsObject();
        // The event shows none of the claim's status (it is not one of the claim's events) nor the actor's aliases.
        var unrelated = export["events"]!.AsArray().Select(e => e!.Str("slug")).First(e => claim["events"]?.AsArray().All(c => c!.GetValue<string>() != e) ?? true);
        string[] records = ["/api/v1/claims/" + claim.Str("slug"), "/api/v1/actors/" + actor.Str("slug"),
            "/api/v1/events/" + unrelated, "/api/v1/articles/" + export["articles"]!.AsArray()[^1]!.Str("slug")];
        var revisions = await RevisionsAsync(editor);
        var etags = await Task.WhenAll(records.Select(editor.ETagAsync));
        var histories = await Task.WhenAll(records.Select(r => HistoryLengthAsync(editor, r)));
        var total = BundleCollections.Sum(c => export[c]!.AsArray().Count);

        var same = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/import", export)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([0, 0, total], Counts(same));
        Assert.Equal(revisions, await RevisionsAsync(editor));
        Assert.Equal(etags, await Task.WhenAll(records.Select(editor.ETagAsync)));
        Assert.Equal(histories, await Task.WhenAll(records.Select(r => HistoryLengthAsync(editor, r))));

        // A scalar field of one record and a child list of another: exactly those two get a new revision and a history entry.
        claim["status"] = claim.Str("status") == "disputed" ? "confirmed" : "disputed";
        actor["aliases"] = new JsonArray([.. actor["aliases"]!.AsArray().Select(a => a!.DeepClone()), new JsonObject { ["name"] = "A name only this test uses" }]);
        var changed = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/import", export)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([0, 2, total - 2], Counts(changed));
        var after = await RevisionsAsync(editor);
        Assert.Equal(revisions.Where(r => !IsOneOf(r.Key)), after.Where(r => !IsOneOf(r.Key)));
        Assert.Equal(revisions["claims/" + claim.Str("slug")] + 1, after["claims/" + claim.Str("slug")]);
        Assert.Equal(revisions["actors/" + actor.Str("slug")] + 1, after["actors/" + actor.Str("slug")]);
        Assert.Equal(histories[0] + 1, await HistoryLengthAsync(editor, records[0]));
        Assert.Equal(histories[1] + 1, await HistoryLengthAsync(editor, records[1]));
        Assert.Equal(etags[2], await editor.ETagAsync(records[2]));

        bool IsOneOf(string key) => key == "claims/" + claim.Str("slug") || key == "actors/" + actor.Str("slug");
    }

    [SkippableFact]
    public async Task AnUpdateThatChangesNothingKeepsTheRevisionETagAndHistory()
    {
        var (editor, article) = await ArticleAsync("unchanged-article");
        var url = "/api/v1/claims/unchanged-claim";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("unchanged-claim", article))).ExpectAsync(HttpStatusCode.Created);
        var etag = await editor.ETagAsync(url);

        var saved = await editor.SendAsync(HttpMethod.Put, url, WriteHelpers.Claim("unchanged-claim", article), etag);

        Assert.Equal(1, (await saved.ExpectAsync(HttpStatusCode.OK)).GetProperty("revision").GetInt32());
        Assert.Equal(etag, saved.Headers.ETag?.ToString());
        Assert.Equal(1, await HistoryLengthAsync(editor, url));
        var edit = WriteHelpers.Claim("unchanged-claim", article);
        edit["text"] = "A different wording.";
        await (await editor.SendAsync(HttpMethod.Put, url, edit, etag)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, await HistoryLengthAsync(editor, url));
    }

    private static readonly string[] BundleCollections = ["claims", "events", "actors", "articles", "outlets", "eras"];

    private static int[] Counts(JsonElement import) => [import.GetProperty("created").GetInt32(), import.GetProperty("updated").GetInt32(), import.GetProperty("unchanged").GetInt32()];

    /// <summary>Each record's revision, by "claims/slug", "events/slug", …, read from the lists.</summary>
    private static async Task<Dictionary<string, int>> RevisionsAsync(HttpClient client)
    {
        var revisions = new Dictionary<string, int>();
        foreach (var list in BundleCollections[..4])
        {
            foreach (var item in await client.AllItemsAsync($"/api/v1/{list}?limit=500"))
            {
                revisions[list + "/" + item.Str("slug")] = item.GetProperty("revision").GetInt32();
            }
        }

        return revisions;
    }

    private static async Task<int> HistoryLengthAsync(HttpClient client, string record) =>
        (await client.GetJsonAsync(record + "/history")).GetProperty("revisions").GetArrayLength();

    [SkippableFact]
    public async Task MarkingAnArticleASyndicatedCopyMovesItsOriginToTheOriginalsOutlet()
    {
        var (editor, original) = await ArticleAsync("provenance-original");
        var copy = WriteHelpers.Article("provenance-copy");
        copy["outlet"] = "straits-times";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", copy)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, (await editor.GetJsonAsync("/api/v1/articles/provenance-copy")).GetProperty("origin").ValueKind);

        copy["relations"] = new JsonArray(new JsonObject { ["kind"] = "syndicated-copy-of", ["article"] = original });
        var updated = await (await editor.SendAsync(HttpMethod.Put, "/api/v1/articles/provenance-copy", copy, await editor.ETagAsync("/api/v1/articles/provenance-copy")))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("economist", updated.GetProperty("origin").Str("slug"));
        await (await editor.SendAsync(HttpMethod.Delete, "/api/v1/articles/" + original, ifMatch: await editor.ETagAsync("/api/v1/articles/" + original)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task MovingAnOriginalToAnotherOutletMovesTheOriginOfCopiesOfItsCopies()
    {
        // Only the written article and those that copy it, directly or through others, are worked out again.
        var (editor, original) = await ArticleAsync("chain-original");
        foreach (var (slug, of, outlet) in new[] { ("chain-copy", original, "straits-times"), ("chain-copy-of-copy", "chain-copy", "guardian") })
        {
            var copy = WriteHelpers.Article(slug);
            copy["outlet"] = outlet;
            copy["relations"] = new JsonArray(new JsonObject { ["kind"] = "syndicated-copy-of", ["article"] = of });
            await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", copy)).ExpectAsync(HttpStatusCode.Created);
        }

        Assert.Equal("economist", (await editor.GetJsonAsync("/api/v1/articles/chain-copy-of-copy")).GetProperty("origin").Str("slug"));

        var moved = WriteHelpers.Article(original);
        moved["outlet"] = "spectator";
        await (await editor.SendAsync(HttpMethod.Put, "/api/v1/articles/" + original, moved, await editor.ETagAsync("/api/v1/articles/" + original)))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("spectator", (await editor.GetJsonAsync("/api/v1/articles/chain-copy")).GetProperty("origin").Str("slug"));
        Assert.Equal("spectator", (await editor.GetJsonAsync("/api/v1/articles/chain-copy-of-copy")).GetProperty("origin").Str("slug"));
    }

    [SkippableFact]
    public async Task CsvCellsASpreadsheetWouldRunAsAFormulaAreExportedAsText()
    {
        var (editor, article) = await ArticleAsync("formula-article");
        var claim = WriteHelpers.Claim("formula-claim", article);
        claim["text"] = "=HYPERLINK(\"http://evil.example\",\"Click\") is text an article could carry.";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).ExpectAsync(HttpStatusCode.Created);

        var csv = await editor.GetStringAsync(new Uri($"/api/v1/claims?article={article}&format=csv", UriKind.Relative));

        var row = Assert.Single(csv.Split('\n'), l => l.Contains("formula-claim", StringComparison.Ordinal));
        // Prefixed with an apostrophe, then quoted as RFC 4180 requires: the spreadsheet shows the text and runs nothing.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\") is text an article could carry.\"", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", row, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheOpenApiDocumentDescribesTheWriteEndpoints()
    {
        var doc = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");

        foreach (var resource in new[] { "claims", "events", "actors", "articles", "outlets" })
        {
            Assert.True(paths.GetProperty($"/api/v1/{resource}").TryGetProperty("post", out _), resource);
            Assert.True(paths.GetProperty($"/api/v1/{resource}/{{key}}").TryGetProperty("put", out _), resource);
            Assert.True(paths.GetProperty($"/api/v1/{resource}/{{key}}").TryGetProperty("delete", out _), resource);
            Assert.True(paths.GetProperty($"/api/v1/{resource}/{{key}}/history").TryGetProperty("get", out _), resource);
            Assert.True(paths.GetProperty($"/api/v1/{resource}/{{key}}/restore").TryGetProperty("post", out _), resource);
        }

        Assert.True(paths.GetProperty("/api/v1/import").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/admin/keys").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/claims/{key}/status").TryGetProperty("put", out _));
    }
}

public sealed class SqliteWriteApiTests(SqliteWriteHost host) : WriteApiTests(host), IClassFixture<SqliteWriteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWriteApiTests(PostgresWriteHost host) : WriteApiTests(host), IClassFixture<PostgresWriteHost>;
