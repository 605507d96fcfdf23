using System.Net;
using System.Text;

namespace NewsTreaty.Api.Tests.Properties;

/// <summary>What the run over every operation found, kept as fixed cases.</summary>
public sealed class FoundByThePropertyRunTests(SqliteWriteHost host) : IClassFixture<SqliteWriteHost>
{
    [Theory]
    [InlineData("""{"version":1,"eras":null}""", "$.eras")]
    [InlineData("""{"version":1,"claims":[null]}""", "$.claims[0]")]
    [InlineData("""{"version":1,"actors":[{"slug":"ab-cd","name":null,"kind":"person"}]}""", "$.actors[0].name")]
    public async Task ANullWhereABundleHasNoneIsA400NamingItsPlace(string bundle, string path)
    {
        using var content = new StringContent(bundle, Encoding.UTF8, "application/json");
        var problem = await (await host.Admin.PostAsync(new Uri("/api/v1/import", UriKind.Relative), content)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("https://newstreaty.dev/problems/invalid-bundle", problem.Str("type"));
        Assert.Equal(path, problem.GetProperty("problems")[0].Str("path"));
    }

    [Fact]
    public async Task TheTimelineOperationDeclaresOneBodyAndTheUrlLimits()
    {
        var operation = (await host.Anonymous.GetJsonAsync("/openapi/v1.json")).GetProperty("paths").GetProperty("/api/v1/timeline").GetProperty("get");
        Assert.DoesNotContain(operation.GetProperty("parameters").EnumerateArray(), p => p.Str("name") == "format");
        Assert.True(operation.GetProperty("responses").TryGetProperty("414", out _));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(new Uri("/api/v1/timeline?format=timelinejs", UriKind.Relative))).StatusCode);
    }
}
