using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
                : new DatabaseSettings(kind, connectionString);
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

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString);
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
