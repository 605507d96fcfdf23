using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>The keys CLI, run as its own process against the database the host then serves.</summary>
public sealed class KeyCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsTreaty.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__NewsTreaty"] = database.ConnectionString;
        start.Environment["Database__Provider"] = database.ProviderSetting;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task AKeyCreatedOnTheCommandLineWritesUntilItIsRevoked()
    {
        using var database = TestDatabase.NewSqlite();
        await using var factory = new NewsTreatyFactory(database);
        _ = factory.Server;

        var (created, output) = await RunAsync(database, "keys", "create", "--name", "cli editor", "--role", "editor");
        Assert.True(created == 0, output);
        var secret = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("nt_", StringComparison.Ordinal) && l.Length == 46);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        Assert.Equal(HttpStatusCode.BadRequest, await PostEmptyActorAsync(client)); // past authentication, refused by validation

        var (_, listed) = await RunAsync(database, "keys", "list");
        Assert.Contains(secret[..11], listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        var (revoked, revokeOutput) = await RunAsync(database, "keys", "revoke", secret[..11]);
        Assert.True(revoked == 0, revokeOutput);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostEmptyActorAsync(client));
        Assert.NotEqual(0, (await RunAsync(database, "keys", "revoke", "nt_unknown00")).ExitCode);
    }

    private static async Task<HttpStatusCode> PostEmptyActorAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/actors", new JsonObject());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return response.StatusCode;
    }
}
