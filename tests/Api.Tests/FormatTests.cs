using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsTreaty.Api.Tests;

/// <summary>TimelineJS, schema.org JSON-LD, CSV and the dataset export; run once per engine.</summary>
public abstract partial class FormatTests(HostFixture host)
{
    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex Integer();

    /// <summary>
    /// The checks TimelineJS 3 makes when it loads JSON (src/js/core/TimelineConfig.js, date/TLDate.js):
    /// every event has a start_date whose parts are integers, every era a start and end date and a
    /// headline, and unique_ids are unique.
    /// </summary>
    [SkippableFact]
    public async Task TheTimelineJsFormatHasTheShapeTimelineJsLoads()
    {
        var tl = await host.Client.GetJsonAsync("/api/v1/timeline?format=timelinejs");
        var plain = await host.Client.GetJsonAsync("/api/v1/timeline");

        var events = tl.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(plain.GetProperty("events").GetArrayLength(), events.Count);
        foreach (var e in events)
        {
            AssertDate(e.GetProperty("start_date"));
            if (e.TryGetProperty("end_date", out var end))
            {
                AssertDate(end);
            }

            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("text").Str("headline")));
            Assert.DoesNotContain("<", e.GetProperty("text").Str("headline"));
            Assert.DoesNotContain("<", e.GetProperty("text").Str("text").Replace("<p>", "").Replace("</p>", ""));
        }

        var eras = tl.GetProperty("eras").EnumerateArray().ToList();
        Assert.NotEmpty(eras);
        Assert.All(eras, era =>
        {
            AssertDate(era.GetProperty("start_date"));
            AssertDate(era.GetProperty("end_date"));
            Assert.False(string.IsNullOrWhiteSpace(era.GetProperty("text").Str("headline")));
        });
        var ids = events.Concat(eras).Select(e => e.Str("unique_id")).Append(tl.GetProperty("title").Str("unique_id")).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        // A year-only date stays a year: no invented 1 January.
        var expiry = plain.GetProperty("events").EnumerateArray().Select((e, i) => (e, i)).Single(x => x.e.Str("kind") == "treaty-expired").i;
        var start = events[expiry].GetProperty("start_date");
        Assert.Equal("1996", start.Str("year"));
        Assert.False(start.TryGetProperty("month", out _));
        Assert.False(start.TryGetProperty("day", out _));
        var first = events[0].GetProperty("start_date");
        Assert.Equal(("1961", "7", "6"), (first.Str("year"), first.Str("month"), first.Str("day")));
        Assert.Contains("independent source", events[0].GetProperty("text").Str("text"));

        // An approximate date says "c." once, as the page does: "c. August 2023", never "c. c. August 2023".
        var approximate = plain.GetProperty("events").EnumerateArray().Select((e, i) => (e, i)).Where(x => x.e.GetProperty("date").GetProperty("approximate").GetBoolean()).ToList();
        Assert.NotEmpty(approximate);
        Assert.All(approximate, x => Assert.Equal(x.e.GetProperty("date").Str("display"), events[x.i].GetProperty("start_date").Str("display_date")));
        Assert.All(events, e => Assert.DoesNotContain("c. c.", e.GetProperty("start_date").TryGetProperty("display_date", out var d) ? d.GetString() : "", StringComparison.Ordinal));
    }

    private static void AssertDate(JsonElement date)
    {
        Assert.Matches(Integer(), date.Str("year"));
        if (date.TryGetProperty("month", out var month))
        {
            Assert.InRange(int.Parse(month.GetString()!, System.Globalization.CultureInfo.InvariantCulture), 1, 12);
        }

        if (date.TryGetProperty("day", out var day))
        {
            Assert.True(date.TryGetProperty("month", out _), "a day needs a month");
            Assert.InRange(int.Parse(day.GetString()!, System.Globalization.CultureInfo.InvariantCulture), 1, 31);
        }
    }

    private async Task<JsonElement> GetLdAsync(string url, bool viaAccept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, viaAccept ? url : url + "?format=jsonld");
        if (viaAccept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        }

        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var ld = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal("https://schema.org", ld.Str("@context"));
        Assert.StartsWith("http", ld.Str("@id"));
        return ld;
    }

    private static readonly string[] ClaimAuthorTypes = ["Person", "Organization", "NewsMediaOrganization"];

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task JsonLdDescribesClaimsArticlesEventsAndActorsInSchemaOrgTerms(bool viaAccept)
    {
        var town = (await host.Client.GetJsonAsync("/api/v1/claims?claimant=jenny-town")).Items().First();
        var claim = await GetLdAsync($"/api/v1/claims/{town.Str("slug")}", viaAccept);
        Assert.Equal("Claim", claim.Str("@type"));
        Assert.Equal(town.Str("text"), claim.Str("text"));
        Assert.All(claim.GetProperty("appearance").EnumerateArray(), a => Assert.Equal("NewsArticle", a.Str("@type")));
        Assert.Equal(2, claim.GetProperty("appearance").GetArrayLength());

        Assert.Equal(("Person", "Jenny Town"), (claim.GetProperty("author").Str("@type"), claim.GetProperty("author").Str("name")));

        // A reviewed claim is a ClaimReview with everything Google's Fact Check markup asks for.
        var reviewed = (await host.Client.GetJsonAsync("/api/v1/claims?status=confirmed&limit=1")).Items().Single();
        var review = await GetLdAsync($"/api/v1/claims/{reviewed.Str("slug")}", viaAccept);
        Assert.Equal("ClaimReview", review.Str("@type"));
        Assert.EndsWith($"/claims/{reviewed.Str("slug")}", review.Str("url"), StringComparison.Ordinal);
        Assert.Equal(("Organization", "NewsTreaty"), (review.GetProperty("author").Str("@type"), review.GetProperty("author").Str("name")));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", review.Str("datePublished"));
        Assert.Equal(reviewed.Str("text"), review.Str("claimReviewed"));
        Assert.Equal(("Rating", "True"), (review.GetProperty("reviewRating").Str("@type"), review.GetProperty("reviewRating").Str("alternateName")));
        var item = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", item.Str("@type"));
        Assert.Contains(item.GetProperty("author").Str("@type"), ClaimAuthorTypes);
        Assert.True(item.GetProperty("appearance").GetArrayLength() > 0);
        Assert.StartsWith("http", item.GetProperty("firstAppearance").Str("@id"), StringComparison.Ordinal);

        var kim = await GetLdAsync("/api/v1/actors/kim-jong-un", viaAccept);
        Assert.Equal(("Person", "https://www.wikidata.org/wiki/Q56226"), (kim.Str("@type"), kim.Str("sameAs")));
        var russia = await GetLdAsync("/api/v1/actors/russia", viaAccept);
        Assert.Equal("Organization", russia.Str("@type"));

        var signing = await GetLdAsync("/api/v1/events/1", viaAccept);
        Assert.Equal(("Event", "1961-07-06"), (signing.Str("@type"), signing.Str("startDate")));

        var article = (await host.Client.GetJsonAsync("/api/v1/articles?limit=1")).Items().Single();
        var news = await GetLdAsync($"/api/v1/articles/{article.Str("slug")}", viaAccept);
        Assert.Equal(("NewsArticle", article.Str("headline")), (news.Str("@type"), news.Str("headline")));
        Assert.Equal("NewsMediaOrganization", news.GetProperty("publisher").Str("@type"));
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClaimsComeAsCsvWithOneRowPerMatchingClaim(bool viaAccept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, viaAccept ? "/api/v1/claims?status=confirmed" : "/api/v1/claims?status=confirmed&format=csv");
        if (viaAccept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        }

        var response = await host.Client.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();
        var json = await host.Client.GetJsonAsync("/api/v1/claims?status=confirmed&limit=500");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = ParseCsv(csv);
        Assert.Equal(["id", "slug", "text", "kind", "claimant_type", "claimant", "claimant_inferred", "hedging", "status", "outlets", "independent_origins", "first_seen"], rows[0]);
        Assert.Equal(json.Items().Select(c => c.Str("text")), rows.Skip(1).Select(r => r[2]));
        Assert.All(rows.Skip(1), r => Assert.Equal(12, r.Count));
        Assert.All(rows.Skip(1), r => Assert.Equal("confirmed", r[8]));
        Assert.Contains(rows.Skip(1), r => r[1] == "kremlin-spokesperson-treaty-to-be-signed" && r[6] == "true"); // an inferred attribution says so
        Assert.All(rows.Skip(1).Where(r => r[1] != "kremlin-spokesperson-treaty-to-be-signed"), r => Assert.Equal("false", r[6]));
        Assert.Contains(rows.Skip(1), r => r[2].Contains(',', StringComparison.Ordinal)); // quoting was needed and survived
    }

    [SkippableTheory]
    [InlineData("&bom=1", true)]
    [InlineData("&bom=true", true)]
    [InlineData("", false)]
    [InlineData("&bom=false", false)]
    public async Task CsvStartsWithAByteOrderMarkOnlyWhenAskedForExcel(string bom, bool expected)
    {
        var response = await host.Client.GetAsync(new Uri("/api/v1/claims?format=csv" + bom, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));
        Assert.StartsWith("id,slug,text", System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnUnknownBomValueIsA400()
    {
        var response = await host.Client.GetAsync(new Uri("/api/v1/claims?format=csv&bom=maybe", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    [SkippableFact]
    public async Task TheExportIsTheWholeDatasetAsABundle()
    {
        var bundle = await host.Client.GetJsonAsync("/api/v1/export");
        var claims = await host.Client.GetJsonAsync("/api/v1/claims?limit=500");

        Assert.Equal(claims.Items().Count(), bundle.GetProperty("claims").GetArrayLength());
        Assert.True(bundle.GetProperty("events").GetArrayLength() >= 15);
        Assert.True(bundle.GetProperty("articles").GetArrayLength() >= 5);
    }

    [SkippableFact]
    public async Task SearchRanksHitsAcrossAllFourResources()
    {
        var result = await host.Client.GetJsonAsync("/api/v1/search?q=treaty&limit=100");

        var hits = result.Items().ToList();
        var types = hits.Select(h => h.Str("type")).ToHashSet();
        Assert.Contains("claim", types);
        Assert.Contains("event", types);
        Assert.Contains("article", types);
        var ranks = hits.Select(h => h.GetProperty("rank").GetDouble()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);

        var actor = (await host.Client.GetJsonAsync("/api/v1/search?q=putin")).Items().First(h => h.Str("type") == "actor");
        Assert.Equal("vladimir-putin", actor.Str("slug"));
    }

    [SkippableFact]
    public async Task ActorsAreFoundByWordPrefixesOfNamesAndAliasesAndFilteredByKind()
    {
        var put = (await host.Client.GetJsonAsync("/api/v1/actors?q=vlad")).Items().ToList();
        Assert.Equal("vladimir-putin", put.First().Str("slug"));

        var alias = (await host.Client.GetJsonAsync("/api/v1/actors?q=North%20Korean%20dictator")).Items().ToList();
        Assert.Contains(alias, a => a.Str("slug") == "kim-jong-un");

        var states = (await host.Client.GetJsonAsync("/api/v1/actors?kind=state&limit=500")).Items().ToList();
        Assert.NotEmpty(states);
        Assert.All(states, a => Assert.Equal("state", a.Str("kind")));
    }

    [SkippableFact]
    public async Task EventsFilterByDateActorKindAndImportance()
    {
        var all = (await host.Client.GetJsonAsync("/api/v1/events?limit=500")).Items().ToList();
        var landmark = (await host.Client.GetJsonAsync("/api/v1/events?minImportance=5&limit=500")).Items().ToList();
        var nineties = (await host.Client.GetJsonAsync("/api/v1/events?from=1990&to=1999&limit=500")).Items().ToList();
        var putin = (await host.Client.GetJsonAsync("/api/v1/events?actor=Q7747&limit=500")).Items().ToList();
        var signed = (await host.Client.GetJsonAsync("/api/v1/events?kind=treaty-signed&limit=500")).Items().ToList();

        Assert.Equal(all.Count(e => e.GetProperty("importance").GetInt32() >= 5), landmark.Count);
        Assert.NotEmpty(landmark);
        Assert.NotEmpty(nineties);
        Assert.All(nineties, e => Assert.StartsWith("199", e.GetProperty("date").Str("start")));
        Assert.Equal(all.Count(e => e.GetProperty("date").Str("start").StartsWith("199", StringComparison.Ordinal)), nineties.Count);
        Assert.NotEmpty(putin);
        Assert.All(putin, e => Assert.Contains(e.GetProperty("actors").EnumerateArray(), a => a.GetProperty("actor").Str("slug") == "vladimir-putin"));
        Assert.All(signed, e => Assert.Equal("treaty-signed", e.Str("kind")));
        Assert.True(signed.Count >= 2);
    }

    [SkippableFact]
    public async Task ArticlesFilterByOutletDateAndGenre()
    {
        var all = (await host.Client.GetJsonAsync("/api/v1/articles?limit=500")).Items().ToList();
        var outlet = (await host.Client.GetJsonAsync("/api/v1/articles?outlet=economist&limit=500")).Items().ToList();
        var day = (await host.Client.GetJsonAsync("/api/v1/articles?from=2024-06-20&to=2024-06-20&limit=500")).Items().ToList();
        var news = (await host.Client.GetJsonAsync("/api/v1/articles?genre=news&limit=500")).Items().ToList();

        Assert.NotEmpty(outlet);
        Assert.All(outlet, a => Assert.Equal("economist", a.GetProperty("outlet").Str("slug")));
        Assert.True(outlet.Count < all.Count);
        Assert.All(day, a => Assert.StartsWith("2024-06-20", a.GetProperty("published").Str("utc")));
        Assert.Equal(all.Count(a => a.GetProperty("published").Str("utc").StartsWith("2024-06-20", StringComparison.Ordinal)), day.Count);
        Assert.All(news, a => Assert.Equal("news", a.Str("genre")));
        Assert.Equal(all.Count(a => a.Str("genre") == "news"), news.Count);
    }
}

public sealed class SqliteFormatTests(SqliteHost host) : FormatTests(host), IClassFixture<SqliteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresFormatTests(PostgresHost host) : FormatTests(host), IClassFixture<PostgresHost>;
