using AngleSharp;
using AngleSharp.Dom;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>The host over a seeded SQLite file, served on a real loopback port so a browser can reach it too.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();

    public NewsTreatyFactory Factory { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new NewsTreatyFactory(_database);
        Factory.UseKestrel(0);
        Factory.StartServer();
        Client = Factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
        return Task.CompletedTask;
    }

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(new Uri(BaseAddress, path)));
        return (response, document);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
