using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Which engine holds the data, and where.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "NewsTreaty";

    /// <summary>The SQLite file NewsTreaty uses when no connection string is configured.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "NewsTreaty", "newstreaty.db");

    /// <summary>Reads "Database:Provider" (sqlite | postgresql) and the "NewsTreaty" connection string.</summary>
    public static DatabaseSettings From(string? provider, string? connectionString)
    {
        var kind = provider?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
            _ => throw new DomainException($"Database:Provider '{provider}' is not supported: use 'sqlite' (the default) or 'postgresql'."),
        };

        if (kind == DatabaseProvider.PostgreSql)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new DomainException("Database:Provider is postgresql but ConnectionStrings:NewsTreaty is empty: set it, e.g. 'Host=localhost;Database=newstreaty;Username=newstreaty;Password=...'.")
                : new DatabaseSettings(kind, WithoutSessionReset(WithPreparedStatements(connectionString)));
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqlitePath}" : connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.Pooling = true;
        return new DatabaseSettings(kind, builder.ToString());
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared when the connection string does not say.</summary>
    public const int AutoPreparedStatements = 128;

    /// <summary>
    /// Npgsql's automatic preparation, on unless the connection string sets <c>Max Auto Prepare</c> itself (0 turns it
    /// off, as a PgBouncer in transaction mode before version 1.21 needs). Without it PostgreSQL parses and plans every
    /// statement afresh: half of the server's CPU for a claim created through the API, and most of a small read's.
    /// A statement is prepared on a connection after its fifth use there, and the least used of them give way to new ones.
    /// </summary>
    private static string WithPreparedStatements(string connectionString) =>
        Sets(connectionString, "MaxAutoPrepare")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPreparedStatements }.ConnectionString;

    /// <summary>
    /// Npgsql's reset of a connection that goes back to the pool, off unless the connection string sets
    /// <c>No Reset On Close</c> itself. The reset is seven statements (<c>SET SESSION AUTHORIZATION DEFAULT; RESET ALL;
    /// CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP</c>) sent ahead of the
    /// next command on that connection: on a record read, which takes a connection from the pool and gives it back, they
    /// were a quarter of the server's CPU (docs/performance.md, session 17). NewsTreaty leaves no session state on a
    /// pooled connection for it to clear: its settings are transaction-local (<c>set_config(…, true)</c>) or put back
    /// before the connection is returned (the ingest batch's <c>synchronous_commit</c>), its advisory locks are
    /// released in <c>finally</c> blocks that cannot be cancelled, it makes no temporary tables or cursors, and it
    /// listens only on the change watch's own unpooled connection.
    /// </summary>
    private static string WithoutSessionReset(string connectionString) =>
        Sets(connectionString, "NoResetOnClose")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;

    private static bool Sets(string connectionString, string keyword) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals(keyword, StringComparison.OrdinalIgnoreCase));

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(ConnectionString).AddInterceptors(FullTextLiterals.Instance);
        }
        else
        {
            options.UseSqlite(ConnectionString).AddInterceptors(SqliteRanking.Instance);
        }

#if !WITHOUT_COMPILED_MODEL
        // The engine's compiled model (tools/efmodel/optimize.sh) spares every start building the model from the configurations.
        if (options.Options.ContextType == typeof(NewsTreatyDbContext))
        {
            options.UseModel(Provider == DatabaseProvider.PostgreSql
                ? Compiled.Postgres.NewsTreatyDbContextModel.Instance
                : Compiled.Sqlite.NewsTreatyDbContextModel.Instance);
        }
#endif
    }

    /// <summary>The connection string with any password removed, for logs.</summary>
    public string Describe() => Provider == DatabaseProvider.PostgreSql
        ? "PostgreSQL " + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;
}
