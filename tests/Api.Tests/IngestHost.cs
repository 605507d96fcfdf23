using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A seeded host whose pipeline is <see cref="ScriptedPipeline"/>, with the bootstrap admin key, over its own database.
/// Every client talks to that one host, so its caches see every write the tests make.
/// </summary>
public abstract class IngestHost(DatabaseProvider provider) : HostFixture(provider)
{
    private WebApplicationFactory<Program>? _scripted;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = WriteHost.BootstrapKey };

    private WebApplicationFactory<Program> Scripted => _scripted ??= Factory.WithWebHostBuilder(b =>
        b.ConfigureTestServices(s => s.AddSingleton<PipelineRunner>(ScriptedPipeline.Run)));

    /// <summary>An admin's client (the bootstrap key), which may do all an editor may.</summary>
    public HttpClient Editor => WithKey(WriteHost.BootstrapKey);

    public HttpClient Admin => Editor;

    public HttpClient Anonymous => Scripted.CreateClient();

    public HttpClient WithKey(string key)
    {
        var client = Scripted.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public Task<T> WithDbAsync<T>(Func<NewsTreatyDbContext, Task<T>> action) => Factory.WithDbAsync(action);

    /// <summary>The services of the host with the scripted pipeline (the one the clients above talk to).</summary>
    public IServiceProvider ScriptedServices => Scripted.Services;
}

public sealed class SqliteIngestHost() : IngestHost(DatabaseProvider.Sqlite);

public sealed class PostgresIngestHost() : IngestHost(DatabaseProvider.PostgreSql);
