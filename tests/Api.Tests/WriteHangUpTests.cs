using System.Net;
using System.Text.Json.Nodes;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// Writers that hang up: a create whose client goes away at any moment is stored whole or not at all, and the host
/// logs no error for it (a client leaving is not a fault of the database). On both engines, a database of its own.
/// </summary>
public abstract class WriteHangUpTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task ACreateWhoseClientHangsUpIsStoredWholeOrNotAtAllAndLogsNoError()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var editor = Editor(factory);
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article("hang-up-article"))).ExpectAsync(HttpStatusCode.Created);

        // Hang up anywhere from at once to twice a whole create's time (measured here, so a loaded machine is no
        // different): before the write starts, while it runs, while it commits, after it is done. The fastest of a
        // dozen: the first few run code the JIT has not optimised yet, and a minimum of three of those once left the
        // later, faster creates so much time that only 8 of 80 were cut off.
        var whole = TimeSpan.MaxValue;
        for (var i = 0; i < 12; i++)
        {
            var took = await TimeAsync(() => editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim($"hang-up-timed-{i}", "hang-up-article")));
            whole = took < whole ? took : whole;
        }

        var random = new Random(20261202);
        var slugs = Enumerable.Range(0, 80).Select(i => $"hang-up-{i}").ToList();
        var cancelled = 0;
        foreach (var slug in slugs)
        {
            using var hangUp = new CancellationTokenSource(whole * 2 * random.NextDouble());
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims") { Content = JsonContent(WriteHelpers.Claim(slug, "hang-up-article")) };
            try
            {
                (await editor.SendAsync(request, hangUp.Token)).Dispose();
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }
        }

        // Writes take turns: once a later one is answered, every earlier one that started has finished.
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/claims", WriteHelpers.Claim("hang-up-last", "hang-up-article"))).ExpectAsync(HttpStatusCode.Created);

        Assert.True(cancelled > 10, $"only {cancelled} of {slugs.Count} creates were cut off");
        var stored = 0;
        foreach (var slug in slugs)
        {
            using var response = await editor.GetAsync(new Uri($"/api/v1/claims/{slug}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                continue;
            }

            var claim = await response.ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(1, claim.GetProperty("appearances").GetArrayLength());
            var history = await (await editor.SendAsync(HttpMethod.Get, $"/api/v1/claims/{slug}/history")).ExpectAsync(HttpStatusCode.OK);
            Assert.Single(history.GetProperty("revisions").EnumerateArray());
            stored++;
        }

        Assert.True(stored > 0, "no create was stored");
        AssertNoErrorLogged(factory);
    }

    [SkippableFact]
    public async Task AnIngestionWhoseClientHangsUpIsStoredWithAllItsProposalsOrNotAtAllAndLogsNoError()
    {
        await using var factory = await StartAsync();
        using var _ = factory.Database;
        var editor = Editor(factory);
        static JsonObject Article(int n) => new()
        {
            ["text"] = $"Harbour talks resume, round {n}\n\nVladimir Putin met Kim Jong Un in Pyongyang on Wednesday. “We will defend each other,” Putin said after round {n} of the talks. Officials said the treaty was signed at noon.\n",
            ["outlet"] = "economist",
            ["published"] = "2024-06-20",
            ["url"] = $"https://example.org/news/hang-up-{n}",
        };

        // The whole ingestion of one of them, for what a stored one must hold and how long one takes.
        var whole = await (await editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Article(0))).ExpectAsync(HttpStatusCode.Created);
        var proposals = whole.GetProperty("proposals").GetArrayLength();
        var took = await TimeAsync(() => editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Article(-1)));
        var random = new Random(20261203);
        var cancelled = 0;
        for (var n = 1; n <= 80; n++)
        {
            using var hangUp = new CancellationTokenSource(took * 2 * random.NextDouble());
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest") { Content = JsonContent(Article(n)) };
            try
            {
                (await editor.SendAsync(request, hangUp.Token)).Dispose();
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }
        }

        // Ingestions are stored one at a time: once a later one is answered, every earlier one that started has finished.
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", Article(81))).ExpectAsync(HttpStatusCode.Created);

        Assert.True(cancelled > 5, $"only {cancelled} of 80 ingestions were cut off");
        var stored = await editor.AllItemsAsync("/api/v1/ingestions?limit=100");
        Assert.InRange(stored.Count, 3, 83);
        foreach (var item in stored)
        {
            var ingestion = await editor.GetJsonAsync($"/api/v1/ingestions/{item.GetProperty("id").GetInt32()}");
            Assert.Equal(proposals, ingestion.GetProperty("proposals").GetArrayLength());
        }

        AssertNoErrorLogged(factory);
    }

    private static void AssertNoErrorLogged(NewsTreatyFactory factory)
    {
        var errors = factory.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private async Task<NewsTreatyFactory> StartAsync() => new(await TestDatabase.CreateAsync(provider),
        new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey });

    private static HttpClient Editor(NewsTreatyFactory factory)
    {
        var editor = factory.CreateClient();
        editor.DefaultRequestHeaders.Add("X-Api-Key", WriteHost.BootstrapKey);
        return editor;
    }

    /// <summary>How long a whole write takes, answered and checked.</summary>
    private static async Task<TimeSpan> TimeAsync(Func<Task<HttpResponseMessage>> write)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await write();
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return clock.Elapsed;
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}

public sealed class SqliteWriteHangUpTests() : WriteHangUpTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWriteHangUpTests() : WriteHangUpTests(DatabaseProvider.PostgreSql);
