using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>A started host with a bootstrap admin key over its own seeded database, for the write API suites.</summary>
public abstract class WriteHost(DatabaseProvider provider) : IAsyncLifetime
{
    public const string BootstrapKey = "test-bootstrap-admin-key-0123456789";

    private NewsTreatyFactory? _factory;
    private string? _skipReason;

    public DatabaseProvider Provider { get; } = provider;

    public NewsTreatyFactory Factory
    {
        get
        {
            Skip.If(_skipReason is not null, _skipReason);
            return _factory!;
        }
    }

    public HttpClient Anonymous => Factory.CreateClient();

    public HttpClient Admin => WithKey(BootstrapKey);

    public HttpClient WithKey(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async Task InitializeAsync()
    {
        try
        {
            _factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(Provider), new Dictionary<string, string?>
            {
                ["Auth:BootstrapAdminKey"] = BootstrapKey,
            });
            _ = _factory.Server;
        }
        catch (SkipException ex)
        {
            _skipReason = ex.Message;
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory.Database.Dispose();
        }
    }
}

public sealed class SqliteWriteHost() : WriteHost(DatabaseProvider.Sqlite);

public sealed class PostgresWriteHost() : WriteHost(DatabaseProvider.PostgreSql);
