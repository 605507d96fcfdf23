using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Schema;

/// <summary>One numbered schema step, as SQL for one engine.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql);

/// <summary>
/// Brings a database to the schema this build expects by running the numbered SQL scripts under
/// Data/Schema/{sqlite,postgres} that it has not run yet, each in its own transaction, and
/// recording them in <c>schema_versions</c>. See docs/decisions/0002-schema-versioning.md.
/// </summary>
public sealed partial class SchemaMigrator(NewsTreatyDbContext db, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    private const string Journal = "schema_versions";

    [GeneratedRegex(@"^schema/(?<engine>sqlite|postgres)/(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();

    public static IReadOnlyList<SchemaScript> Scripts(DatabaseProvider provider)
    {
        var engine = provider == DatabaseProvider.PostgreSql ? "postgres" : "sqlite";
        var assembly = typeof(SchemaMigrator).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ScriptName().Match(resource);
            if (!match.Success || match.Groups["engine"].Value != engine)
            {
                continue;
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add(new SchemaScript(int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema scripts for {engine} must be numbered 0001, 0002, … without gaps; found {scripts[i].Version:0000} at position {i + 1}.");
            }
        }

        return scripts;
    }

    public DatabaseProvider Provider => db.Database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    public static int LatestVersion(DatabaseProvider provider) => Scripts(provider).Count;

    /// <summary>The schema version the database is at; 0 for an empty database.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await EnsureOpenAsync(connection, ct);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE IF NOT EXISTS {Journal} (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)";
            await create.ExecuteNonQueryAsync(ct);
        }

        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT COALESCE(MAX(version), 0) FROM {Journal}";
        return Convert.ToInt32(await query.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the pending scripts up to <paramref name="targetVersion"/> (default: the latest). Returns the version reached.</summary>
    public async Task<int> MigrateAsync(int? targetVersion = null, CancellationToken ct = default)
    {
        await using var exclusive = await LockAsync(ct);
        var scripts = Scripts(Provider);
        var target = targetVersion ?? scripts.Count;
        var current = await CurrentVersionAsync(ct);
        if (current > scripts.Count)
        {
            throw new DomainException(
                $"The database is at schema version {current} but this build of NewsTreaty only knows versions up to {scripts.Count}. Run a newer NewsTreaty, or restore a backup made for this version.");
        }

        foreach (var script in scripts.Where(s => s.Version > current && s.Version <= target))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            logger.LogInformation("Applying schema step {Version:0000} {Name} on {Provider}", script.Version, script.Name, Provider);
            await db.Database.ExecuteSqlRawAsync(script.Sql, ct);
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {Journal} (version, name, applied_at) VALUES ({{0}}, {{1}}, {{2}})",
                [script.Version, script.Name, clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture)], ct);
            await transaction.CommitAsync(ct);
            current = script.Version;
        }

        return current;
    }

    /// <summary>
    /// On PostgreSQL, holds the database's schema lock (a session advisory lock) until disposed: hosts starting together
    /// on one database take turns, so only the first migrates (even <c>CREATE TABLE IF NOT EXISTS</c> fails when two
    /// sessions run it at once) and only the first loads the curated dataset; the next finds nothing left to do. Taken
    /// again by the same session it nests. On SQLite nothing: one file's writers already take turns.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(CancellationToken ct)
    {
        if (Provider != DatabaseProvider.PostgreSql)
        {
            return NoLock.Instance;
        }

        await db.Database.OpenConnectionAsync(ct); // the lock belongs to the session: keep the connection until unlocked
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727274)", ct);
        return new SchemaLock(db);
    }

    private sealed class SchemaLock(NewsTreatyDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727274)");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static async Task EnsureOpenAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }
    }
}
