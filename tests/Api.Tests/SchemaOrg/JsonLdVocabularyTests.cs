using System.Net.Http.Headers;
using System.Text.Json;

namespace NewsTreaty.Api.Tests.SchemaOrg;

/// <summary>Every JSON-LD document the API serves, for every record, uses only types and properties schema.org defines.</summary>
public sealed class JsonLdVocabularyTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly SchemaOrgVocabulary Vocabulary = SchemaOrgVocabulary.Load();

    [Theory]
    [InlineData("claims")]
    [InlineData("events")]
    [InlineData("actors")]
    [InlineData("articles")]
    public async Task EveryRecordsJsonLdExpandsToSchemaOrgTermsOnly(string resource)
    {
        var slugs = new List<string>();
        string? next = $"/api/v1/{resource}?limit=500";
        while (next is not null)
        {
            var page = await host.Client.GetJsonAsync(next);
            slugs.AddRange(page.Items().Select(i => i.Str("slug")));
            next = page.GetProperty("next").ValueKind == JsonValueKind.String ? new Uri(page.Str("next")).PathAndQuery : null;
        }

        Assert.NotEmpty(slugs);
        var problems = new List<string>();
        foreach (var slug in slugs)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/{resource}/{slug}", UriKind.Relative));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
            var document = JsonDocument.Parse(await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
            problems.AddRange(Vocabulary.Check(document).Select(p => $"{resource}/{slug} {p}"));
            if (resource == "actors" && document.TryGetProperty("affiliation", out var affiliations))
            {
                var ids = affiliations.EnumerateArray().Select(a => a.Str("@id")).ToList();
                Assert.Equal(ids.Distinct().Count(), ids.Count);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheCheckFindsAnInventedTypeOrPropertyAndAPropertyOnTheWrongType()
    {
        var document = JsonDocument.Parse("""
            {"@context": "https://schema.org", "@type": "Claim", "text": "x", "claimant": "y",
             "author": {"@type": "Persn", "name": "z"}, "appearance": [{"@type": "NewsArticle", "birthDate": "2000"}]}
            """).RootElement;

        var problems = Vocabulary.Check(document);

        Assert.Contains(problems, p => p.Contains("$.claimant", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Persn is not a schema.org type", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.appearance[0].birthDate", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void TheVocabularyKnowsWhatGooglesFactCheckMarkupUses()
    {
        Assert.All(["Claim", "ClaimReview", "Rating", "Organization", "NewsMediaOrganization", "Person", "NewsArticle", "Event", "Place"],
            t => Assert.True(Vocabulary.HasType(t), t));
    }
}
