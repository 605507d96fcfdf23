using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using Npgsql;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A full disk under the database (a real tmpfs filled to the last bytes): writes answer a 503 problem with
/// Retry-After (SQLITE_FULL, PostgreSQL's 53100 disk_full), reads keep working, everything acknowledged before is
/// still there, nothing is corrupt, and writes work again once space is freed, without a restart.
/// </summary>
public sealed class DiskFullTests
{
    private const string Key = "test-disk-full-admin-key-0123456789";

    [SkippableFact]
    public async Task OnAFullDiskSqliteWritesAre503ReadsKeepWorkingAndTheFileStaysIntact()
    {
        using var disk = SmallDisk.Mount(64);
        using var seeded = TestDatabase.NewSqlite();
        await using (var seeding = new NewsTreatyFactory(seeded))
        {
            _ = seeding.Server;
        }

        SqliteConnection.ClearAllPools();
        var file = Path.Combine(disk.Path, "newstreaty.db");
        File.Copy(new SqliteConnectionStringBuilder(seeded.ConnectionString).DataSource, file);
        var database = new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", null);
        await using (var host = new NewsTreatyFactory(database, Settings()))
        {
            await WritesFailCleanlyAndRecoverAsync(host, disk);
        }

        SqliteConnection.ClearAllPools();
        await using var check = new SqliteConnection(database.ConnectionString);
        await check.OpenAsync();
        await using var integrity = new SqliteCommand("PRAGMA integrity_check", check);
        Assert.Equal("ok", await integrity.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task OnAFullTablespacePostgresWritesAre503ReadsKeepWorkingAndIndexesStayIntact()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        using var disk = SmallDisk.Mount(48, owner: Environment.UserName == "root" ? "postgres" : null);
        var name = "nt_full_" + Guid.NewGuid().ToString("N")[..8];
        await AdminAsync(cluster.AdminConnectionString, $"CREATE TABLESPACE {name} LOCATION '{disk.Path}'");
        await AdminAsync(cluster.AdminConnectionString, $"CREATE DATABASE {name} TABLESPACE {name}");
        var connection = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = name }.ToString();
        await using (var host = new NewsTreatyFactory(new TestDatabase(DatabaseProvider.PostgreSql, connection, null), Settings()))
        {
            await WritesFailCleanlyAndRecoverAsync(host, disk);
        }

        NpgsqlConnection.ClearAllPools();
        await AdminAsync(connection, "CREATE EXTENSION IF NOT EXISTS amcheck");
        await AdminAsync(connection, """
            SELECT bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'
            """);
        NpgsqlConnection.ClearAllPools();
        await AdminAsync(cluster.AdminConnectionString, $"DROP DATABASE {name} WITH (FORCE)");
        await AdminAsync(cluster.AdminConnectionString, $"DROP TABLESPACE {name}");
    }

    private static async Task WritesFailCleanlyAndRecoverAsync(NewsTreatyFactory host, SmallDisk disk)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        await (await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("before-the-disk-filled"))).ExpectAsync(HttpStatusCode.Created);

        disk.Fill(leaveBytes: 16 * 1024);
        var acknowledged = new List<string>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 500 && refused is null; i++)
        {
            var response = await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor($"while-full-{i}"));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add($"while-full-{i}");
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        var problem = await refused.ExpectAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("https://newstreaty.dev/problems/service-unavailable", problem.Str("type"));
        Assert.Equal("Changes cannot be stored right now", problem.Str("title"));
        Assert.Contains("out of disk space", problem.Str("detail"), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Database unavailable while answering POST /api/v1/actors", StringComparison.Ordinal));

        await (await client.GetAsync(new Uri("/api/v1/claims?limit=5", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        foreach (var slug in acknowledged.Append("before-the-disk-filled"))
        {
            await (await client.GetAsync(new Uri($"/api/v1/actors/{slug}", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        }

        disk.Free();
        await (await client.SendAsync(HttpMethod.Post, "/api/v1/actors", Actor("after-space-was-freed"))).ExpectAsync(HttpStatusCode.Created);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Auth:BootstrapAdminKey"] = Key,
        ["ApiCache:Enabled"] = "false", // every read goes to the database
    };

    private static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static JsonObject Actor(string slug) => new() { ["slug"] = slug, ["name"] = "A Disk Full Spokesperson " + slug, ["kind"] = "person" };
}
