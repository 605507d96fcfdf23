using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp;
using AngleSharp.Dom;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests;

/// <summary>Hostile text stored through the write API, as a compromised or careless client would, renders only as text.</summary>
public sealed class HostileTextThroughApiTests : IAsyncLifetime
{
    private const string AdminKey = "nt_test-bootstrap-admin-key-for-hostile-text";
    private const string Text = "<script>alert('claim')</script> \" onmouseover=\"alert(1) \u202Egnp.exe";
    private const string Quote = "</blockquote><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>";
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private NewsTreatyFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new NewsTreatyFactory(_database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = AdminKey });
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/embed/claims/hostile-claim")]
    [InlineData("/claims/hostile-claim")]
    [InlineData("/claims?q=onmouseover")]
    public async Task AHostileClaimRendersAsTextOnPagesAndInWidgets(string path)
    {
        var client = _factory.CreateClient();
        await CreateHostileClaimAsync(client);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));

        Assert.Contains("<script>alert('claim')</script>", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        foreach (var data in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            // The record's JSON-LD carries the text as data: it parses whole, so the text could not end the element early.
            Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(data.TextContent));
            Assert.DoesNotContain("</", data.TextContent, StringComparison.Ordinal);
        }

        Assert.Empty(page.QuerySelectorAll("img[onerror], [onmouseover]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        if (path.StartsWith("/claims/", StringComparison.Ordinal) || path.StartsWith("/embed/", StringComparison.Ordinal))
        {
            Assert.Contains(Quote, page.Body.TextContent, StringComparison.Ordinal);
        }
    }

    private static async Task CreateHostileClaimAsync(HttpClient client)
    {
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims")
        {
            Content = JsonContent.Create(new
            {
                slug = "hostile-claim",
                text = Text,
                kind = "opinion",
                claimantOutlet = "guardian",
                appearances = new[] { new { article = "guardian-view-putin-kim-alarming-pact", quote = Quote, start = 0, end = Quote.Length, role = "originates" } },
            }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var created = await client.SendAsync(create);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }
}
