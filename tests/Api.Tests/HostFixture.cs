using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>One started host over one seeded database, shared by the read-only tests of a class.</summary>
public abstract class HostFixture(DatabaseProvider provider) : IAsyncLifetime
{
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

    public HttpClient Client => Factory.CreateClient();

    /// <summary>Settings the host starts with, beyond the database (a bootstrap key, limits).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        try
        {
            _factory = new NewsTreatyFactory(await TestDatabase.CreateAsync(Provider), Settings);
            _ = _factory.Server; // start the host: migrate and seed now, not in the first test
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

public sealed class SqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHost() : HostFixture(DatabaseProvider.PostgreSql);
