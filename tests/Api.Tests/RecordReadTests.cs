using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Event, actor and article records read on a cache miss as one command of prepared statements (RecordBatch, on SQLite
/// the host's own read connections): every record of the dataset, by id and by slug, must equal the view the compiled EF
/// queries built before (<see cref="CompiledRecordViews"/>, kept here as the reference), serialised as the API does, and
/// a write to a linked record must show at once. Run on both engines.
/// </summary>
public abstract class RecordReadTests(WriteHost host)
{
    protected WriteHost Host => host;

    /// <summary>
    /// Every record of a kind (ids from its list): read through the host's query service and through the reference, by
    /// id and by slug, and over HTTP past the read cache by id and by slug. Returns each record's HTTP body by id.
    /// </summary>
    protected async Task<Dictionary<int, string>> EveryRecordAsync<T>(
        string kind, Func<IServiceProvider, string, Task<T?>> current, Func<NewsTreatyDbContext, string, Task<T?>> reference)
        where T : class
    {
        var reader = host.Admin; // a key takes every request past the read cache, to the database
        var records = await reader.AllItemsAsync($"/api/v1/{kind}?limit=100");
        Assert.True(records.Count >= 5, $"the seeded dataset has {records.Count} {kind}");

        var bodies = new Dictionary<int, string>();
        foreach (var record in records)
        {
            var id = record.GetProperty("id").GetInt32();
            var slug = record.Str("slug");
            var expected = await JsonAsync(services => reference(services.GetRequiredService<NewsTreatyDbContext>(), id.ToString(CultureInfo.InvariantCulture)));
            Assert.Contains($"\"slug\":\"{slug}\"", expected, StringComparison.Ordinal);
            Assert.Equal(expected, await JsonAsync(services => current(services, id.ToString(CultureInfo.InvariantCulture))));
            Assert.Equal(expected, await JsonAsync(services => current(services, slug)));
            Assert.Equal(expected, await JsonAsync(services => reference(services.GetRequiredService<NewsTreatyDbContext>(), slug)));

            bodies[id] = await BodyAsync(reader, $"/api/v1/{kind}/{id}");
            Assert.Equal(bodies[id], await BodyAsync(reader, $"/api/v1/{kind}/{slug}"));
        }

        Assert.Equal("null", await JsonAsync(services => current(services, "no-such-record")));
        Assert.Equal("null", await JsonAsync(services => current(services, "999999999")));
        await reader.GetJsonAsync($"/api/v1/{kind}/no-such-record", HttpStatusCode.NotFound);

        // Again, many at once (several read connections, each with the other records' values bound before).
        var again = await Task.WhenAll(bodies.Keys.Reverse().Select(async id => (id, Body: await BodyAsync(reader, $"/api/v1/{kind}/{id}"))));
        Assert.All(again, a => Assert.Equal(bodies[a.id], a.Body));
        return bodies;
    }

    /// <summary>A view serialised with the API's own JSON options, read in a scope of the host's services.</summary>
    protected async Task<string> JsonAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.Serialize(await read(scope.ServiceProvider), options);
    }

    protected static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Creates an article and a claim quoting it, about <paramref name="subject"/> and <paramref name="event"/>; returns the claim's slug.</summary>
    protected async Task<string> CreateLinkedClaimAsync(string name, string subject, string @event)
    {
        var editor = host.Admin;
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article(name + "-article"))).ExpectAsync(HttpStatusCode.Created);
        var claim = WriteHelpers.Claim(name + "-claim", name + "-article");
        claim["subjects"] = new JsonArray(subject);
        claim["events"] = new JsonArray(@event);
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).ExpectAsync(HttpStatusCode.Created);
        return name + "-claim";
    }

    protected async Task UpdateClaimTextAsync(string slug, string article, string text)
    {
        var editor = host.Admin;
        var current = await editor.GetJsonAsync($"/api/v1/claims/{slug}");
        var edit = WriteHelpers.Claim(slug, article);
        edit["text"] = text;
        edit["subjects"] = new JsonArray(current.GetProperty("subjects").EnumerateArray().Select(s => (JsonNode)s.Str("slug")).ToArray());
        edit["events"] = new JsonArray(current.GetProperty("events").EnumerateArray().Select(e => (JsonNode)e.Str("slug")).ToArray());
        await (await editor.SendAsync(HttpMethod.Put, $"/api/v1/claims/{slug}", edit, await editor.ETagAsync($"/api/v1/claims/{slug}"))).ExpectAsync(HttpStatusCode.OK);
    }

    protected async Task DeleteAsync(string url)
    {
        var editor = host.Admin;
        await (await editor.SendAsync(HttpMethod.Delete, url, ifMatch: await editor.ETagAsync(url))).ExpectAsync(HttpStatusCode.NoContent);
    }
}
