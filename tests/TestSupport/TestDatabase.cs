using NewsTreaty.Domain.Data;

namespace NewsTreaty.TestSupport;

/// <summary>A fresh database for one test class: a SQLite file in a temp folder, or a new PostgreSQL database.</summary>
public sealed record TestDatabase(DatabaseProvider Provider, string ConnectionString, string? Folder) : IDisposable
{
    public static TestDatabase NewSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newstreaty-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "newstreaty.db")}", folder);
    }

    public static async Task<TestDatabase> NewPostgresAsync() =>
        new(DatabaseProvider.PostgreSql, await PostgresServer.CreateDatabaseAsync(), null);

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? NewPostgresAsync() : Task.FromResult(NewSqlite());

    public string ProviderSetting => Provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite";

    public DatabaseSettings Settings => DatabaseSettings.From(ProviderSetting, ConnectionString);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Folder is not null && Directory.Exists(Folder))
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a pooled connection on some platforms; it lives under /tmp.
            }
        }
    }
}
