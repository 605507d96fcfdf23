using System.Net;
using System.Text.Json;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>A save on an editor page empties the API's read cache, as a save through the API does.</summary>
[Collection(EditorCollection.Name)]
public sealed class EditorCacheTests(EditorFixture site)
{
    private const string Slug = "kim-two-trips-to-far-east";

    [Fact]
    public async Task SavingOnTheEditorPageEvictsTheCachedApiRead()
    {
        using var anonymous = site.NewClient();
        var url = new Uri("/api/v1/claims/" + Slug, UriKind.Relative);
        var before = await anonymous.GetAsync(url);
        var cached = await anonymous.GetAsync(url);
        Assert.Equal("hit", cached.Headers.GetValues("X-Cache").Single());

        var client = await site.SignedInAsync("bo");
        var (_, form) = await GetAsync(client, $"/editor/claims/{Slug}/edit");
        var (saved, _) = await SubmitAsync(client, form, "claim", $"/editor/claims/{Slug}/edit", ("Input.StatusNote", "Noted on the editor page."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await anonymous.GetAsync(url);
        Assert.Equal("miss", after.Headers.GetValues("X-Cache").Single());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        using var json = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
        Assert.Equal("Noted on the editor page.", json.RootElement.GetProperty("statusNote").GetString());
    }
}
