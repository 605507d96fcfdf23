using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>An embed pinned with v=N keeps showing revision N after an editor changes the record through the API.</summary>
public sealed class PinnedEmbedTests : IAsyncLifetime
{
    private const string AdminKey = "nt_test-bootstrap-admin-key-for-pinned-embeds";
    private const string Claim = "putin-first-visit-since-2000";
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private NewsTreatyFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new NewsTreatyFactory(_database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = AdminKey });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AClaimCardPinnedBeforeAnEditStillShowsItsConfirmedStatusWhileLiveShowsTheDispute()
    {
        var client = _factory.CreateClient();
        var before = await client.GetAsync(new Uri($"/api/v1/claims/{Claim}", UriKind.Relative));
        var pinned = (await before.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("revision").GetInt32();
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/claims/{Claim}/status")
        {
            Content = JsonContent.Create(new { status = "disputed", note = "A later reading disputes it." }),
        };
        update.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        update.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(before.Headers.ETag!.ToString()));

        var saved = await client.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var old = await StatusShownAsync(client, $"/embed/claims/{Claim}?v={pinned}");
        var live = await StatusShownAsync(client, $"/embed/claims/{Claim}");
        var latest = await StatusShownAsync(client, $"/embed/claims/{Claim}?v={pinned + 1}");
        Assert.Equal((HttpStatusCode.OK, "status-confirmed"), old);
        Assert.Equal((HttpStatusCode.OK, "status-disputed"), live);
        Assert.Equal(live, latest);
        Assert.Equal(HttpStatusCode.NotFound, (await StatusShownAsync(client, $"/embed/claims/{Claim}?v={pinned + 5}")).Status);
    }

    private static async Task<(HttpStatusCode Status, string? Class)> StatusShownAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));
        return (response.StatusCode, page.QuerySelector(".nt-status")?.ClassList.FirstOrDefault(c => c.StartsWith("status-", StringComparison.Ordinal)));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }
}
