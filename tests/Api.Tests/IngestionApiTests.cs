using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Tests;

/// <summary>POST /api/v1/ingest and the review of its proposals, over HTTP against the real host; run once per engine.</summary>
public abstract class IngestionApiTests(IngestHost host)
{
    private static JsonObject Submission(string text, string published = "2024-07-02") =>
        new() { ["text"] = text, ["outlet"] = "economist", ["published"] = published, ["url"] = $"https://example.org/news/{Math.Abs(text.GetHashCode(StringComparison.Ordinal))}" };

    /// <summary>The scripted article under its own headline: the same outlet and headline would be recognised as the same article.</summary>
    private static string Unique(string marker) => ScriptedPipeline.Article.Replace(ScriptedPipeline.Headline, $"{ScriptedPipeline.Headline}: {marker}", StringComparison.Ordinal);

    [SkippableFact]
    public async Task PostingAnArticleAnswers201WithTheArticleAndEveryProposalAndRepostingAnswers200WithTheSameIngestion()
    {
        var text = Unique("Edition one.");
        var response = await host.Editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Submission(text));
        var created = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal($"/api/v1/ingestions/{created.GetProperty("id").GetInt32()}", response.Headers.Location?.ToString());
        Assert.NotNull(response.Headers.ETag);
        var article = created.GetProperty("article");
        Assert.Equal("2024-07-02", article.GetProperty("published").GetProperty("date").Str("value"));
        Assert.Equal("economist", article.GetProperty("outlet").Str("slug"));
        Assert.Equal("news", article.Str("genre"));
        Assert.Equal($"{ScriptedPipeline.Headline}: Edition one.", article.Str("headline"));
        var proposals = created.GetProperty("proposals").EnumerateArray().ToList();
        var kinds = proposals.Select(p => p.Str("kind")).ToList();
        Assert.Equal(["article-metadata", "actor", "actor", "claim", "claim-match"], kinds);
        var putin = proposals.Single(p => p.Str("label").Contains("Vladimir Putin", StringComparison.Ordinal));
        Assert.Equal("vladimir-putin", putin.GetProperty("matched").Str("slug"));
        Assert.Equal("Q7747", putin.GetProperty("matched").Str("wikidataId"));
        var claim = proposals.Single(p => p.Str("kind") == "claim");
        Assert.Equal(ScriptedPipeline.NewQuote, claim.GetProperty("span").Str("text"));
        var span = claim.GetProperty("span");
        Assert.Equal(ScriptedPipeline.NewQuote, created.Str("text")[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        Assert.InRange(claim.GetProperty("confidence").GetDouble(), 0.01, 1);
        Assert.Equal("trump-spurned-kim-at-hanoi", proposals.Single(p => p.Str("kind") == "claim-match").GetProperty("matched").Str("slug"));

        var again = await (await host.Editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Submission(text))).ExpectAsync(HttpStatusCode.OK);
        using var plain = new StringContent(text, Encoding.UTF8, "text/plain");
        var asPlain = await (await host.Editor.PostAsync(new Uri("/api/v1/ingest", UriKind.Relative), plain)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
        Assert.Equal(created.GetProperty("id").GetInt32(), asPlain.GetProperty("id").GetInt32());
    }

    [SkippableFact]
    public async Task TheSameArticlePostedSixTimesAtOnceIsOneIngestion()
    {
        // Every post may pass the duplicate look-up before any has committed: the unique raw hash lets one insert win,
        // and the others answer with it (the insert's database error must reach the race handling as an update error).
        var text = Unique($"Edition race {Guid.NewGuid():N}.");
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.Editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Submission(text))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = new List<int>();
        foreach (var response in responses)
        {
            ids.Add((await response.ExpectAsync(response.StatusCode)).GetProperty("id").GetInt32());
        }

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await host.WithDbAsync(db => db.Ingestions.CountAsync(i => i.Id == ids[0] || i.Headline!.Contains("Edition race"))));
    }

    [SkippableFact]
    public async Task ARawHtmlBodyTakesItsHintsFromTheQueryString()
    {
        var html = $"<html><body><h1>{ScriptedPipeline.Headline}: Edition html</h1><p>Edition html.</p><p>{ScriptedPipeline.NewQuote}</p></body></html>";
        using var content = new StringContent(html, Encoding.UTF8, "text/html");

        var created = await (await host.Editor.PostAsync(new Uri("/api/v1/ingest?outlet=guardian&published=2024-07-03", UriKind.Relative), content))
            .ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("html", created.Str("format"));
        Assert.Equal("guardian", created.Str("outletHint"));
        Assert.Equal("2024-07-03", created.GetProperty("article").Str("publishedDate"));
    }

    [SkippableTheory]
    [InlineData("application/json", "{\"text\": \"   \"}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"url\": \"https://example.org\"}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"text\": \"a\", \"html\": \"<p>a</p>\"}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"text\": \"An article\", \"url\": \"javascript:alert(1)\"}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"text\": \"An article\", \"published\": \"last week\"}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"text\": \"Nul \\u0000 inside\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("application/json", "{\"text\": ", HttpStatusCode.BadRequest)]
    [InlineData("text/plain", "", HttpStatusCode.BadRequest)]
    [InlineData("image/png", "\u0089PNG", HttpStatusCode.UnsupportedMediaType)]
    public async Task BadSubmissionsAreProblemsThatSayWhatToDoAndStoreNothing(string mediaType, string body, HttpStatusCode status)
    {
        var before = await CountsAsync();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);

        var problem = await (await host.Editor.PostAsync(new Uri("/api/v1/ingest", UriKind.Relative), content)).AssertProblemAsync(status);

        Assert.False(string.IsNullOrWhiteSpace(problem.TryGetProperty("detail", out var detail) ? detail.GetString() : problem.GetProperty("errors").ToString()));
        Assert.Equal(before, await CountsAsync());
    }

    [SkippableFact]
    public async Task BinaryBytesAre422AndWritingNeedsAnEditorKey()
    {
        using var binary = new ByteArrayContent([0xC3, 0x28, 0xFF, 0xFE, 0x00, 0x01]);
        binary.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var problem = await (await host.Editor.PostAsync(new Uri("/api/v1/ingest", UriKind.Relative), binary)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("binary", problem.Str("detail"), StringComparison.Ordinal);

        await (await host.Anonymous.SendAsync(HttpMethod.Post, "/api/v1/ingest", Submission("x"))).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await host.Anonymous.GetAsync(new Uri("/api/v1/ingestions", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var reader = host.WithKey(await host.Admin.CreateKeyAsync("ingest reader", "reader"));
        await (await reader.SendAsync(HttpMethod.Post, "/api/v1/ingest", Submission("x"))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task AcceptingNeedsTheCurrentETagAndWritesTheArticleWithItsTextAndHistory()
    {
        var created = await PostAsync("Edition accept.");
        var id = created.GetProperty("id").GetInt32();
        var articleProposal = created.GetProperty("proposals")[0].GetProperty("id").GetInt32();
        var url = $"/api/v1/ingestions/{id}/proposals/{articleProposal}";
        var etag = await host.Editor.ETagAsync(url);

        await (await host.Editor.SendAsync(HttpMethod.Post, url + "/accept")).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await host.Editor.SendAsync(HttpMethod.Post, url + "/accept", ifMatch: "\"stale\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var accepted = await (await host.Editor.SendAsync(HttpMethod.Post, url + "/accept", ifMatch: etag)).ExpectAsync(HttpStatusCode.OK);
        await (await host.Editor.SendAsync(HttpMethod.Post, url + "/accept", ifMatch: etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var slug = created.GetProperty("article").Str("slug");
        Assert.Equal("accepted", accepted.GetProperty("proposal").Str("status"));
        Assert.Contains(slug, accepted.GetProperty("review").GetProperty("accepted").GetProperty(articleProposal.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetString(), StringComparison.Ordinal);
        var article = await host.Anonymous.GetJsonAsync($"/api/v1/articles/{slug}");
        Assert.True(article.GetProperty("hasText").GetBoolean());
        var stored = await host.WithDbAsync(db => db.Articles.AsNoTracking().FirstAsync(a => a.Slug == slug));
        Assert.Equal(created.Str("text"), stored.Text);
        Assert.Equal(created.Str("contentHash"), stored.ContentHash);
        var history = await host.Anonymous.GetJsonAsync($"/api/v1/articles/{slug}/history");
        Assert.Equal("create", history.GetProperty("revisions")[0].Str("action"));
        Assert.Equal(slug, (await host.Editor.GetJsonAsync($"/api/v1/ingestions/{id}")).GetProperty("article").Str("slug"));
    }

    [SkippableFact]
    public async Task AcceptingAClaimAlsoAcceptsItsArticleAndNewClaimantAndAMatchAddsAnAppearance()
    {
        var created = await PostAsync("Edition claim.");
        var id = created.GetProperty("id").GetInt32();
        var proposals = created.GetProperty("proposals").EnumerateArray().ToList();
        var claim = proposals.Single(p => p.Str("kind") == "claim").GetProperty("id").GetInt32();
        var match = proposals.Single(p => p.Str("kind") == "claim-match").GetProperty("id").GetInt32();
        var before = (await host.Anonymous.GetJsonAsync("/api/v1/claims/trump-spurned-kim-at-hanoi")).GetProperty("appearances").GetArrayLength();

        var review = await AcceptAsync(id, claim);
        await AcceptAsync(id, match);

        var accepted = review.GetProperty("review").GetProperty("accepted");
        Assert.True(3 == accepted.EnumerateObject().Count(), accepted.ToString()); // the claim, its article, its new claimant
        var claimSlug = review.GetProperty("proposal").GetProperty("payload").Str("slug");
        var stored = await host.Anonymous.GetJsonAsync($"/api/v1/claims/{claimSlug}");
        Assert.StartsWith("anna-berg", stored.GetProperty("claimant").Str("slug"), StringComparison.Ordinal);
        var appearance = stored.GetProperty("appearances")[0];
        Assert.Equal(ScriptedPipeline.NewQuote, appearance.Str("quote"));
        Assert.Equal("Anna Berg", (await host.Anonymous.GetJsonAsync($"/api/v1/actors/{stored.GetProperty("claimant").Str("slug")}")).Str("name"));
        var matched = await host.Anonymous.GetJsonAsync("/api/v1/claims/trump-spurned-kim-at-hanoi");
        Assert.Equal(before + 1, matched.GetProperty("appearances").GetArrayLength());
        var ingestion = await host.Editor.GetJsonAsync($"/api/v1/ingestions/{id}");
        Assert.True(4 == ingestion.GetProperty("counts").GetProperty("accepted").GetInt32(), string.Join("; ", ingestion.GetProperty("proposals").EnumerateArray().Select(p => $"{p.Str("kind")} {p.Str("status")} {p.Str("label")}")));
    }

    [SkippableFact]
    public async Task AnEditedProposalIsAcceptedWithTheEditorsChangesAndARejectedOneWritesNothing()
    {
        var created = await PostAsync("Edition edit.");
        var id = created.GetProperty("id").GetInt32();
        var proposals = created.GetProperty("proposals").EnumerateArray().ToList();
        var article = proposals[0];
        var payload = JsonNode.Parse(article.GetProperty("payload").GetRawText())!;
        payload["article"]!["headline"] = "Edited: the commission reviews its treaty";
        payload["article"]!["byline"] = "Maria Lind";
        var url = $"/api/v1/ingestions/{id}/proposals/{article.GetProperty("id").GetInt32()}";

        var edited = await (await host.Editor.SendAsync(HttpMethod.Put, url, new JsonObject { ["payload"] = payload, ["note"] = "headline from print" },
            await host.Editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("edited", edited.GetProperty("proposal").Str("status"));
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("proposal").GetProperty("proposedPayload").ValueKind);
        await (await host.Editor.SendAsync(HttpMethod.Post, url + "/accept", ifMatch: await host.Editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.OK);
        var slug = created.GetProperty("article").Str("slug");
        var stored = await host.Anonymous.GetJsonAsync($"/api/v1/articles/{slug}");
        Assert.Equal("Edited: the commission reviews its treaty", stored.Str("headline"));
        Assert.Equal("Maria Lind", stored.Str("byline"));

        var actor = proposals.Single(p => p.Str("label").Contains("Anna Berg", StringComparison.Ordinal)).GetProperty("id").GetInt32();
        var actorUrl = $"/api/v1/ingestions/{id}/proposals/{actor}";
        await (await host.Editor.SendAsync(HttpMethod.Post, actorUrl + "/reject", new JsonObject { ["note"] = "not needed" },
            await host.Editor.ETagAsync(actorUrl))).ExpectAsync(HttpStatusCode.OK);
        var claim = proposals.Single(p => p.Str("kind") == "claim").GetProperty("id").GetInt32();
        var claimUrl = $"/api/v1/ingestions/{id}/proposals/{claim}";
        var conflict = await (await host.Editor.SendAsync(HttpMethod.Post, claimUrl + "/accept", ifMatch: await host.Editor.ETagAsync(claimUrl)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("rejected", conflict.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("proposed", (await host.Editor.GetJsonAsync(claimUrl)).Str("status"));
    }

    [SkippableFact]
    public async Task ABulkReviewIsAllOrNothing()
    {
        var created = await PostAsync("Edition bulk.");
        var id = created.GetProperty("id").GetInt32();
        var proposals = created.GetProperty("proposals").EnumerateArray().ToList();
        var claim = proposals.Single(p => p.Str("kind") == "claim");
        var broken = JsonNode.Parse(claim.GetProperty("payload").GetRawText())!;
        broken["claimantActor"] = "nobody-at-all";
        var claimUrl = $"/api/v1/ingestions/{id}/proposals/{claim.GetProperty("id").GetInt32()}";
        await (await host.Editor.SendAsync(HttpMethod.Put, claimUrl, new JsonObject { ["payload"] = broken }, await host.Editor.ETagAsync(claimUrl)))
            .ExpectAsync(HttpStatusCode.OK);
        var before = await CountsAsync();
        var url = $"/api/v1/ingestions/{id}";

        await (await host.Editor.SendAsync(HttpMethod.Post, url + "/review", new JsonObject { ["acceptAll"] = true })).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        var problem = await (await host.Editor.SendAsync(HttpMethod.Post, url + "/review", new JsonObject { ["acceptAll"] = true }, await host.Editor.ETagAsync(url)))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("nobody-at-all", problem.FieldError("payload.claimantActor"), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        await (await host.Anonymous.GetAsync(new Uri($"/api/v1/articles/{created.GetProperty("article").Str("slug")}", UriKind.Relative)))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        var reviewed = await (await host.Editor.SendAsync(HttpMethod.Post, url + "/review",
                new JsonObject { ["acceptAll"] = true, ["reject"] = new JsonArray(claim.GetProperty("id").GetInt32()) }, await host.Editor.ETagAsync(url)))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("reviewed", reviewed.GetProperty("ingestion").Str("status"));
        Assert.Equal(1, reviewed.GetProperty("ingestion").GetProperty("counts").GetProperty("rejected").GetInt32());
    }

    [SkippableFact]
    public async Task IngestionsArePagedNewestFirstAndFilteredByStatus()
    {
        var first = (await PostAsync("Edition list one.")).GetProperty("id").GetInt32();
        var second = (await PostAsync("Edition list two.")).GetProperty("id").GetInt32();

        var page = await host.Editor.GetJsonAsync("/api/v1/ingestions?limit=1&status=pending");
        var all = await host.Editor.AllItemsAsync("/api/v1/ingestions?limit=2");

        Assert.Single(page.Items());
        Assert.True(page.Items().First().GetProperty("id").GetInt32() >= second);
        var ids = all.Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Contains(first, ids);
        Assert.Contains(second, ids);
        await (await host.Editor.GetAsync(new Uri("/api/v1/ingestions?status=maybe", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Editor.GetAsync(new Uri("/api/v1/ingestions/999999", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task ARunOfArticlesWantingTheSameSlugGivesEveryPendingProposalItsOwn()
    {
        // The same outlet, date and first eight words of the headline: every article wants the same article slug (and
        // names the same new spokeswoman). The fifth used to run out of rounds (one query and one rebuild per suffix)
        // and take a slug an earlier one held; later, rounds of twelve suffixes ran out past the thirty-sixth.
        for (var i = 0; i < 45; i++)
        {
            await PostAsync($"Edition slug run {i}.");
        }

        var pending = await host.WithDbAsync(db => db.Proposals.AsNoTracking()
            .Where(p => p.ProposedSlug != null && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Edited))
            .Select(p => new { p.Kind, p.ProposedSlug }).ToListAsync());
        Assert.True(pending.Count(p => p.Kind == ProposalKind.ArticleMetadata) >= 45);
        Assert.Empty(pending.GroupBy(p => (p.Kind, p.ProposedSlug)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Kind} {g.Key.ProposedSlug} ×{g.Count()}"));
    }

    private async Task<JsonElement> PostAsync(string marker) =>
        await (await host.Editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Submission(Unique(marker)))).ExpectAsync(HttpStatusCode.Created);

    private async Task<JsonElement> AcceptAsync(int ingestion, int proposal)
    {
        var url = $"/api/v1/ingestions/{ingestion}/proposals/{proposal}";
        return await (await host.Editor.SendAsync(HttpMethod.Post, url + "/accept", ifMatch: await host.Editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.OK);
    }

    private Task<string> CountsAsync() => host.WithDbAsync(async db =>
        $"{await db.Ingestions.CountAsync()} {await db.Proposals.CountAsync()} {await db.Articles.CountAsync()} {await db.Claims.CountAsync()} " +
        $"{await db.Actors.CountAsync()} {await db.Appearances.CountAsync()} {await db.Revisions.CountAsync()} " +
        $"{string.Join(",", await db.Proposals.Select(p => p.Revision).ToListAsync())}");
}

public sealed class SqliteIngestionApiTests(SqliteIngestHost host) : IngestionApiTests(host), IClassFixture<SqliteIngestHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresIngestionApiTests(PostgresIngestHost host) : IngestionApiTests(host), IClassFixture<PostgresIngestHost>;
