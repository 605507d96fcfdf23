using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NewsTreaty.TestSupport;
using Npgsql;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// What clients see while the database is gone or read-only: a 503 problem with Retry-After for reads and writes
/// (never a bare 500), reads that keep working on a read-only database, nothing half-written, and the host back by
/// itself as soon as the database returns.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string Key = "test-outage-admin-key-0123456789";

    [SkippableFact]
    public async Task WhilePostgresIsDownReadsAndWritesAre503AndTheHostRecoversByItself()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var host = await HostAsync(cluster);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/claims?limit=1", UriKind.Relative))).StatusCode);

        await cluster.StopAsync();

        foreach (var response in new[]
                 {
                     await client.GetAsync(new Uri("/api/v1/claims?limit=2", UriKind.Relative)),
                     await client.GetAsync(new Uri("/api/v1/events/putin-visit-pyongyang-2000", UriKind.Relative)),
                     await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("outage-actor")),
                 })
        {
            var problem = await response.ExpectAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("https://newstreaty.dev/problems/service-unavailable", problem.Str("type"));
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        }

        Assert.Contains(host.Logs.Lines, l => l.Contains("Database unavailable while answering POST /api/v1/actors", StringComparison.Ordinal));

        await cluster.StartAsync();
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync(new Uri($"/api/v1/claims?limit=3&n={clock.ElapsedTicks}", UriKind.Relative))).StatusCode;
        }
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, status);
        await (await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("after-outage"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/actors/outage-actor", UriKind.Relative))).StatusCode);
    }

    [SkippableFact]
    public async Task OnAReadOnlyPostgresDatabaseWritesAre503AndReadsKeepWorking()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var host = await HostAsync(cluster);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var database = new NpgsqlConnectionStringBuilder(host.Database.ConnectionString).Database;

        await AdminAsync(cluster, $"ALTER DATABASE {database} SET default_transaction_read_only = on");
        NpgsqlConnection.ClearAllPools();

        var write = await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("read-only-actor"));
        var problem = await write.ExpectAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Changes cannot be stored right now", problem.Str("title"));
        Assert.Contains("read-only", problem.Str("detail"), StringComparison.Ordinal);
        await (await client.GetAsync(new Uri("/api/v1/claims?limit=5", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);

        await AdminAsync(cluster, $"ALTER DATABASE {database} SET default_transaction_read_only = off");
        NpgsqlConnection.ClearAllPools();
        await (await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("read-only-actor"))).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task OnAReadOnlySqliteFileWritesAre503ReadsKeepWorkingAndTheFileStaysIntact()
    {
        using var database = TestDatabase.NewSqlite();
        await using (var seeding = new NewsTreatyFactory(database))
        {
            _ = seeding.Server;
        }

        SqliteConnection.ClearAllPools();
        var readOnly = database with { ConnectionString = database.ConnectionString + ";Mode=ReadOnly" };
        await using (var host = new NewsTreatyFactory(readOnly, Settings()))
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);

            var problem = await (await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("read-only-actor"))).ExpectAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("read-only", problem.Str("detail"), StringComparison.Ordinal);
            await (await client.GetAsync(new Uri("/api/v1/claims?limit=5", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/claims", UriKind.Relative))).StatusCode);
        }

        SqliteConnection.ClearAllPools();
        await using var check = new SqliteConnection(database.ConnectionString);
        await check.OpenAsync();
        await using var integrity = new SqliteCommand("PRAGMA integrity_check", check);
        Assert.Equal("ok", await integrity.ExecuteScalarAsync());
        await using var count = new SqliteCommand("SELECT count(*) FROM actors WHERE slug = 'read-only-actor'", check);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static async Task<NewsTreatyFactory> HostAsync(PostgresCluster cluster)
    {
        var name = "nt_outage_" + Guid.NewGuid().ToString("N")[..8];
        await AdminAsync(cluster, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = name, Timeout = 3 }.ToString();
        var host = new NewsTreatyFactory(new TestDatabase(Domain.Data.DatabaseProvider.PostgreSql, connection, null), Settings());
        _ = host.Server;
        return host;
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Auth:BootstrapAdminKey"] = Key,
        ["ApiCache:Enabled"] = "false", // every read goes to the database
    };

    private static async Task AdminAsync(PostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static JsonObject Actor(string slug) => new() { ["slug"] = slug, ["name"] = "An Outage Spokesperson " + slug, ["kind"] = "person" };
}
