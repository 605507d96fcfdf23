using System.Net;
using System.Net.Http.Headers;

namespace NewsTreaty.Api.Tests;

/// <summary>ETags, 304s, Cache-Control, and the problem details every bad request gets; run once per engine.</summary>
public abstract class ConditionalAndErrorTests(HostFixture host)
{
    [SkippableTheory]
    [InlineData("/api/v1/claims?limit=3")]
    [InlineData("/api/v1/claims/1")]
    [InlineData("/api/v1/events?minImportance=4")]
    [InlineData("/api/v1/actors/kim-jong-un")]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/timeline?format=timelinejs")]
    [InlineData("/api/v1/search?q=treaty")]
    [InlineData("/api/v1/claims?format=csv")]
    [InlineData("/api/v1/export")]
    public async Task EveryGetHasAnETagAndAMatchingIfNoneMatchGets304(string url)
    {
        var client = host.Client;
        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(NewsTreaty.Api.Infrastructure.ETag.Compute(body), etag.Tag);
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", first.Headers.CacheControl?.ToString().Replace(", ", ", ", StringComparison.Ordinal));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var third = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(body, await third.Content.ReadAsByteArrayAsync());

        // If-None-Match uses the weak comparison: W/"x" names the same representation as "x".
        using var weak = new HttpRequestMessage(HttpMethod.Get, url);
        weak.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag, isWeak: true));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(weak)).StatusCode);
    }

    [SkippableFact]
    public async Task DifferentRepresentationsHaveDifferentETagsAndVaryByAccept()
    {
        var json = await host.Client.GetAsync(new Uri("/api/v1/claims/1", UriKind.Relative));
        var ld = await host.Client.GetAsync(new Uri("/api/v1/claims/1?format=jsonld", UriKind.Relative));

        Assert.NotEqual(json.Headers.ETag, ld.Headers.ETag);
        Assert.Contains("Accept", json.Headers.Vary);
    }

    [SkippableFact]
    public async Task ProblemResponsesAreNotCachedOrTagged()
    {
        var response = await host.Client.GetAsync(new Uri("/api/v1/claims/no-such-claim", UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    [SkippableTheory]
    [InlineData("/api/v1/claims?kind=rumour", "kind", "direct-quote")]
    [InlineData("/api/v1/claims?status=true", "status", "misleading")]
    [InlineData("/api/v1/claims?sort=newest", "sort", "corroboration")]
    [InlineData("/api/v1/claims?from=June%202024", "from", "YYYY-MM-DD")]
    [InlineData("/api/v1/claims?to=2024-02-30", "to", "no day 30")]
    [InlineData("/api/v1/claims?from=2024&to=2023", "to", "before")]
    [InlineData("/api/v1/claims?minSources=some", "minSources", "whole number")]
    [InlineData("/api/v1/claims?q=%21%3F%2A", "q", "no words")]
    [InlineData("/api/v1/claims?sort=relevance", "sort", "needs q")]
    [InlineData("/api/v1/claims?format=xml", "format", "csv")]
    [InlineData("/api/v1/claims/1?format=rdf", "format", "jsonld")]
    [InlineData("/api/v1/events?kind=war", "kind", "treaty-signed")]
    [InlineData("/api/v1/events?minImportance=9", "minImportance", "1 to 5")]
    [InlineData("/api/v1/events?from=99", "from", "YYYY")]
    [InlineData("/api/v1/actors?kind=alien", "kind", "organisation")]
    [InlineData("/api/v1/articles?genre=satire", "genre", "editorial")]
    [InlineData("/api/v1/timeline?format=csv", "format", "timelinejs")]
    [InlineData("/api/v1/timeline?minImportance=9", "minImportance", "1 to 5")]
    [InlineData("/api/v1/timeline?minImportance=high", "minImportance", "1 to 5")]
    [InlineData("/api/v1/search", "q", "required")]
    public async Task ABadValueIsA400NamingTheParameterAndWhatItAccepts(string url, string parameter, string hint)
    {
        var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("https://newstreaty.dev/problems/validation", problem.Str("type"));
        var messages = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains(hint, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("/api/v1/claims?actor=nobody-at-all", "nobody-at-all")]
    [InlineData("/api/v1/claims?claimant=nobody-at-all", "nobody-at-all")]
    [InlineData("/api/v1/claims?event=no-such-event", "no-such-event")]
    [InlineData("/api/v1/claims?article=no-such-article", "no-such-article")]
    [InlineData("/api/v1/claims?outlet=no-such-outlet", "no-such-outlet")]
    [InlineData("/api/v1/events?actor=Q1", "Q1")]
    [InlineData("/api/v1/articles?outlet=no-such-outlet", "no-such-outlet")]
    public async Task AFilterNamingAnUnknownRecordIsA404RatherThanAnEmptyList(string url, string key)
    {
        var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(key, problem.Str("detail"));
    }

    [SkippableTheory]
    [InlineData("/api/v1/claims?sort=corroboration&cursor=not-a-cursor", "cursor")]
    [InlineData("/api/v1/events?cursor=MjAyNHxhYmM", "cursor")]
    [InlineData("/api/v1/articles?cursor=eHx5", "cursor")]
    [InlineData("/api/v1/actors?cursor=eHx5fHo", "cursor")]
    [InlineData("/api/v1/claims?limit=501", "limit")]
    [InlineData("/api/v1/search?q=treaty&limit=101", "limit")]
    public async Task AMalformedCursorOrLimitIsA400SayingWhichParameter(string url, string parameter)
    {
        var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("https://newstreaty.dev/problems/bad-request", problem.Str("type"));
        Assert.Contains(parameter, problem.Str("detail"), StringComparison.Ordinal);
    }
}

public sealed class SqliteConditionalAndErrorTests(SqliteHost host) : ConditionalAndErrorTests(host), IClassFixture<SqliteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresConditionalAndErrorTests(PostgresHost host) : ConditionalAndErrorTests(host), IClassFixture<PostgresHost>;
