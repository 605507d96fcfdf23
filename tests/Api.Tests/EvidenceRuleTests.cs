using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// The evidence rules of issue #14 through the write API and the import, on each engine: a quantity's value must be
/// in a quotation (else a magnitude with no value), a quoted or reported speaker must be named there or the
/// attribution marked inferred, a title needs its period; violations come back with their JSON path and store nothing.
/// </summary>
public abstract class EvidenceRuleTests(WriteHost host)
{
    private const string Article = "evidence-rules-article";

    private const string ArticleText =
        "The ministers met in Geneva on Monday. \"We have agreed on everything that matters,\" the foreign minister told reporters. " +
        "Officials said millions of doses had been shipped, and nearly 7,000 containers were waiting.";

    private async Task<HttpClient> EditorAsync()
    {
        var editor = host.WithKey(await host.Admin.CreateKeyAsync("evidence editor " + Guid.NewGuid().ToString("N")[..6], "editor"));
        var article = WriteHelpers.Article(Article);
        article["text"] = ArticleText;
        var created = await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", article);
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, created.StatusCode.ToString());
        return editor;
    }

    private static JsonObject Appearance(string quote, JsonObject? attribution = null)
    {
        var start = ArticleText.IndexOf(quote, StringComparison.Ordinal);
        var appearance = new JsonObject { ["article"] = Article, ["quote"] = quote, ["start"] = start, ["end"] = start + quote.Length, ["role"] = "reports" };
        if (attribution is not null)
        {
            appearance["attribution"] = attribution;
        }

        return appearance;
    }

    private static JsonObject Span(string words) => new()
    {
        ["quote"] = words,
        ["start"] = ArticleText.IndexOf(words, StringComparison.Ordinal),
        ["end"] = ArticleText.IndexOf(words, StringComparison.Ordinal) + words.Length,
    };

    private static JsonObject Shipment(string slug, JsonObject quantity) => new()
    {
        ["slug"] = slug,
        ["text"] = "Millions of doses were shipped.",
        ["kind"] = "factual-assertion",
        ["claimantOutlet"] = "economist",
        ["quantities"] = new JsonArray(quantity),
        ["appearances"] = new JsonArray(Appearance("Officials said millions of doses had been shipped")),
    };

    [SkippableFact]
    public async Task AValueNotInTheQuotationsIsRefusedAtItsFieldAndAMagnitudeIsStoredWithoutAValue()
    {
        var editor = await EditorAsync();

        var invented = Shipment("invented-figure", new JsonObject { ["value"] = 2_000_000, ["unit"] = "doses", ["approximate"] = true, ["text"] = "millions of doses" });
        var problem = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", invented)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("none of the claim's quotations", problem.FieldError("quantities[0].value"), StringComparison.Ordinal);
        await (await editor.GetAsync(new Uri("/api/v1/claims/invented-figure", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);

        var both = Shipment("both-figures", new JsonObject { ["value"] = 7000, ["magnitude"] = "millions", ["unit"] = "doses" });
        Assert.Contains("not both", (await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", both)).AssertProblemAsync(HttpStatusCode.BadRequest))
            .FieldError("quantities[0].value"), StringComparison.Ordinal);

        var honest = Shipment("honest-figure", new JsonObject { ["magnitude"] = "millions", ["unit"] = "doses", ["text"] = "millions of doses" });
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", honest)).ExpectAsync(HttpStatusCode.Created);
        var stored = (await host.Anonymous.GetJsonAsync("/api/v1/claims/honest-figure")).GetProperty("quantities")[0];
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("value").ValueKind);
        Assert.Equal("millions", stored.Str("magnitude"));
        Assert.True(stored.GetProperty("approximate").GetBoolean());

        var exported = (await host.Anonymous.GetJsonAsync("/api/v1/export")).GetProperty("claims").EnumerateArray().Single(c => c.Str("slug") == "honest-figure");
        Assert.False(exported.GetProperty("quantities")[0].TryGetProperty("value", out _));
        var jsonLd = await host.Anonymous.GetJsonAsync("/api/v1/claims/honest-figure?format=jsonld");
        var mentioned = jsonLd.GetProperty("mentions")[0];
        Assert.False(mentioned.TryGetProperty("value", out _));
        Assert.Equal(1_000_000m, mentioned.GetProperty("minValue").GetDecimal());
    }

    [SkippableFact]
    public async Task ASpeakerNamedNeitherInNorNextToTheQuotationIsRefusedUnlessTheAttributionIsMarkedInferred()
    {
        var editor = await EditorAsync();
        var claim = new JsonObject
        {
            ["slug"] = "agreed-on-everything",
            ["text"] = "Putin said the ministers agreed on everything that matters.",
            ["kind"] = "direct-quote",
            ["claimantActor"] = "vladimir-putin",
            ["appearances"] = new JsonArray(Appearance("We have agreed on everything that matters")),
        };

        // "the foreign minister" is right there, but it is no name of Putin's: the text does not name him.
        var unnamed = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("inferred", unnamed.FieldError("claimantActor"), StringComparison.Ordinal);

        claim["claimantInferred"] = true;
        Assert.Contains("note", (await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).AssertProblemAsync(HttpStatusCode.BadRequest))
            .FieldError("claimantNote"), StringComparison.Ordinal);

        claim["claimantNote"] = "The article says 'the foreign minister'; the test takes him for Putin.";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).ExpectAsync(HttpStatusCode.Created);
        var claimant = (await host.Anonymous.GetJsonAsync("/api/v1/claims/agreed-on-everything")).GetProperty("claimant");
        Assert.True(claimant.GetProperty("inferred").GetBoolean());
        Assert.StartsWith("The article says", claimant.Str("note"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnAttributionSpanNamingTheSpeakerIsCheckedAgainstTheTextAndShownWithTheQuotation()
    {
        var editor = await EditorAsync();
        var actor = new JsonObject
        {
            ["slug"] = "evidence-foreign-minister",
            ["name"] = "Evidence Foreign Minister",
            ["kind"] = "person",
            ["aliases"] = new JsonArray(new JsonObject { ["name"] = "the foreign minister", ["kind"] = "title-or-role" }),
        };
        var undated = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/actors", actor)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("title or role", undated.FieldError("aliases[0].validFrom"), StringComparison.Ordinal);

        actor["aliases"]![0]!["validFrom"] = "2020";
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/actors", actor)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("title-or-role", (await host.Anonymous.GetJsonAsync("/api/v1/actors/evidence-foreign-minister")).GetProperty("aliases")[0].Str("kind"));

        var said = Span("the foreign minister told reporters");
        var claim = new JsonObject
        {
            ["slug"] = "minister-agreed",
            ["text"] = "The foreign minister said they agreed on everything that matters.",
            ["kind"] = "direct-quote",
            ["claimantActor"] = "evidence-foreign-minister",
            ["appearances"] = new JsonArray(Appearance("We have agreed on everything that matters", said)),
        };
        said["start"] = said["start"]!.GetValue<int>() + 1;
        said["end"] = said["end"]!.GetValue<int>() + 1;
        Assert.Contains("not found", (await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).AssertProblemAsync(HttpStatusCode.BadRequest))
            .FieldError("appearances[0]"), StringComparison.Ordinal);

        claim["appearances"]![0]!["attribution"] = Span("the foreign minister told reporters");
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).ExpectAsync(HttpStatusCode.Created);
        var appearance = (await host.Anonymous.GetJsonAsync("/api/v1/claims/minister-agreed")).GetProperty("appearances")[0];
        Assert.Equal("the foreign minister told reporters", appearance.GetProperty("attribution").Str("quote"));
    }

    [SkippableFact]
    public async Task AnImportedBundleBreakingTheRulesIsRejectedWholeWithTheJsonPathOfEachViolation()
    {
        var editor = await EditorAsync();
        var bundle = JsonNode.Parse(BundleExporter.ReadCuratedJson())!;
        var claims = bundle["claims"]!.AsArray();
        int Index(string slug) => claims.Select((c, i) => (c, i)).Single(x => x!.c!["slug"]!.GetValue<string>() == slug).i;
        var shells = Index("nk-supplied-millions-of-shells");
        var putin = Index("putin-fundamental-document");
        var comrades = Index("kim-comrades-in-arms-message");
        claims[shells]!["quantities"]![0]!["value"] = 2_000_000;
        claims[shells]!["quantities"]![0]!.AsObject().Remove("magnitude");
        claims[putin]!["appearances"]![0]!.AsObject().Remove("attribution");
        claims[comrades]!.AsObject().Remove("claimantNote");
        claims[putin]!["text"] = "A change that must not be stored.";
        var actors = bundle["actors"]!.AsArray();
        var putinActor = actors.Select((a, i) => (a, i)).Single(x => x.a!["slug"]!.GetValue<string>() == "vladimir-putin").i;
        var title = actors[putinActor]!["aliases"]!.AsArray().Select((a, i) => (a, i)).First(x => x.a!["name"]!.GetValue<string>() == "the Russian president").i;
        actors[putinActor]!["aliases"]![title]!["validFrom"] = null;

        var problem = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/import", bundle)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var paths = problem.GetProperty("problems").EnumerateArray().Select(p => p.Str("path")).ToList();

        Assert.Contains($"claims[{shells}].quantities[0].value", paths);
        Assert.Contains($"claims[{putin}].claimantActor", paths);
        Assert.Contains($"claims[{comrades}].claimantNote", paths);
        Assert.Contains($"actors[{putinActor}].aliases[{title}].validFrom", paths);
        Assert.NotEqual("A change that must not be stored.", (await host.Anonymous.GetJsonAsync("/api/v1/claims/putin-fundamental-document")).Str("text"));
    }
}

public sealed class SqliteEvidenceRuleTests(SqliteWriteHost host) : EvidenceRuleTests(host), IClassFixture<SqliteWriteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresEvidenceRuleTests(PostgresWriteHost host) : EvidenceRuleTests(host), IClassFixture<PostgresWriteHost>;
