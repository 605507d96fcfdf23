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
        await using var factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(provider),
            new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey });
        using var _ = factory.Database;
        var editor = factory.CreateClient();
        editor.DefaultRequestHeaders.Add("X-Api-Key", WriteHost.BootstrapKey);
        await (await editor.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article("hang-up-article"))).ExpectAsync(HttpStatusCode.Created);

        // Hang up after 0 to 40 ms: before the write starts, while it runs, while it commits, after it is done.
        var random = new Random(20261202);
        var slugs = Enumerable.Range(0, 80).Select(i => $"hang-up-{i}").ToList();
        var cancelled = 0;
        foreach (var slug in slugs)
        {
            using var hangUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(random.Next(0, 40)));
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
        var errors = factory.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}

public sealed class SqliteWriteHangUpTests() : WriteHangUpTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresWriteHangUpTests() : WriteHangUpTests(DatabaseProvider.PostgreSql);
