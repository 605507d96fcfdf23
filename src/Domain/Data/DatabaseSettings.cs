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
                : new DatabaseSettings(kind, WithPreparedStatements(connectionString));
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
    private static string WithPreparedStatements(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPreparedStatements }.ConnectionString;
    }

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
