using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// The known-article path with the real extraction stages, on an article of our own (the unknown-people fixture, with
/// page furniture around it): the curated record gets the cleaned text, its quotation is re-anchored, nothing is
/// duplicated, the curated quotation is not proposed again, and the people the dataset lacks are proposed.
/// </summary>
public abstract class RealPipelineKnownArticleTests(WriteHost host)
{
    private const string Quote = "The science is not in doubt,";

    private static string Raw() =>
        "Listen to this article\nShare\nChange font size\n\n" + File.ReadAllText(Fixture("unknown-people.txt")) + "\nMost read\nSign up to our newsletter\n";

    private static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Domain.Tests", "Ingestion", "Fixtures", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"The fixture {name} is not under tests/Domain.Tests/Ingestion/Fixtures above {AppContext.BaseDirectory}.");
    }

    [SkippableFact]
    public async Task TheRealPipelineAttachesTheTextReanchorsTheQuotationAndProposesOnlyWhatIsNew()
    {
        var raw = Raw();
        var rawStart = raw.IndexOf(Quote, StringComparison.Ordinal);
        var bundle = new JsonObject
        {
            ["format"] = "newstreaty-bundle",
            ["version"] = 1,
            ["articles"] = new JsonArray(new JsonObject
            {
                ["slug"] = "mackerel-quota-row",
                ["outlet"] = "guardian",
                ["headline"] = "Mackerel quota row deepens as skippers threaten to fish on",
                ["genre"] = "news",
                ["published"] = new JsonObject { ["date"] = "2021-09-09" },
                ["source"] = new JsonObject { ["name"] = "mackerel.txt", ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw))) },
            }),
            ["claims"] = new JsonArray(new JsonObject
            {
                ["slug"] = "mackerel-science-not-in-doubt",
                ["text"] = "A researcher says the decline of the spawning stock is not in doubt.",
                ["kind"] = "direct-quote",
                ["claimantActor"] = "russia",
                ["claimantInferred"] = true,
                ["claimantNote"] = "A fixture: the researcher is not in the dataset, so the attribution is a stand-in.",
                ["appearances"] = new JsonArray(new JsonObject
                {
                    ["article"] = "mackerel-quota-row", ["quote"] = Quote, ["start"] = rawStart, ["end"] = rawStart + Quote.Length, ["role"] = "reports",
                }),
            }),
        };
        await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/import", bundle)).ExpectAsync(HttpStatusCode.OK);
        var articles = await host.Factory.WithDbAsync(db => db.Articles.CountAsync());

        using var content = new StringContent(raw, new UTF8Encoding(false), "text/plain");
        var ingestion = await (await host.Admin.PostAsync(new Uri("/api/v1/ingest", UriKind.Relative), content)).ExpectAsync(HttpStatusCode.Created);

        var recognition = ingestion.GetProperty("recognition");
        Assert.Equal("source-sha256", recognition.Str("how"));
        var anchors = recognition.GetProperty("anchors");
        Assert.True(anchors.GetProperty("textAttached").GetBoolean());
        Assert.Equal("moved", anchors.GetProperty("quotes")[0].Str("outcome")); // the furniture before it is gone
        Assert.Equal(articles, await host.Factory.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal("mackerel-quota-row", ingestion.GetProperty("article").Str("slug"));

        var text = ingestion.Str("text");
        Assert.DoesNotContain("Most read", text, StringComparison.Ordinal);
        var appearance = (await host.Anonymous.GetJsonAsync("/api/v1/claims/mackerel-science-not-in-doubt")).GetProperty("appearances")[0];
        Assert.Equal(Quote, text[appearance.GetProperty("start").GetInt32()..appearance.GetProperty("end").GetInt32()]);

        var proposals = ingestion.GetProperty("proposals").EnumerateArray().ToList();
        Assert.DoesNotContain(proposals, p => p.Str("kind") == "article-metadata");
        Assert.DoesNotContain(proposals, p => p.Str("kind") == "claim" && Covers(p, text, Quote));
        var actors = proposals.Where(p => p.Str("kind") == "actor").Select(p => p.Str("label")).ToList();
        Assert.Contains(actors, label => label.Contains("Kari Nyland", StringComparison.Ordinal));
        Assert.Contains(actors, label => label.Contains("Einar Djupvik", StringComparison.Ordinal));
    }

    private static bool Covers(JsonElement proposal, string text, string quote) =>
        proposal.TryGetProperty("span", out var span) && span.ValueKind == JsonValueKind.Object
        && text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()].Contains(quote.TrimEnd(','), StringComparison.Ordinal);
}

public sealed class SqliteRealPipelineKnownArticleTests(SqliteWriteHost host) : RealPipelineKnownArticleTests(host), IClassFixture<SqliteWriteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresRealPipelineKnownArticleTests(PostgresWriteHost host) : RealPipelineKnownArticleTests(host), IClassFixture<PostgresWriteHost>;
