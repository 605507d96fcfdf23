using NewsTreaty.Domain.Data;

namespace NewsTreaty.Api.Tests;

/// <summary>A started host with a bootstrap admin key over its own seeded database, for the write API suites.</summary>
public abstract class WriteHost(DatabaseProvider provider) : HostFixture(provider)
{
    public const string BootstrapKey = "test-bootstrap-admin-key-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = BootstrapKey };

    public HttpClient Anonymous => Factory.CreateClient();

    public HttpClient Admin => WithKey(BootstrapKey);

    public HttpClient WithKey(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}

public sealed class SqliteWriteHost() : WriteHost(DatabaseProvider.Sqlite);

public sealed class PostgresWriteHost() : WriteHost(DatabaseProvider.PostgreSql);
