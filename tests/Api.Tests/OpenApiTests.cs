using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsTreaty.Api.Tests;

/// <summary>The OpenAPI document is complete: every API route the host maps is in it, described, with its parameters and problems.</summary>
public sealed class OpenApiTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private List<(string Path, string Method)> ApiRoutes() =>
        host.Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => ("/" + e.RoutePattern.RawText!.Trim('/'), m.ToLowerInvariant())))
            .Distinct().ToList();

    [Fact]
    public async Task EveryApiRouteIsDocumentedWithASummaryAndItsErrors()
    {
        var doc = await host.Client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        var routes = ApiRoutes();

        Assert.True(routes.Count >= 11, string.Join(", ", routes));
        foreach (var (path, method) in routes)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{method} {path} is not in /openapi/v1.json");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in /openapi/v1.json");
            Assert.False(string.IsNullOrWhiteSpace(operation.Str("summary")), $"{method} {path} has no summary");
            Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _), $"{method} {path} documents no 200");
            Assert.True(operation.GetProperty("responses").TryGetProperty("304", out _), $"{method} {path} documents no 304");
            if (operation.TryGetProperty("parameters", out var parameters))
            {
                foreach (var p in parameters.EnumerateArray().Where(p => p.Str("in") == "query"))
                {
                    Assert.True(p.TryGetProperty("description", out var d) && d.GetString()!.Length > 0, $"{method} {path} ?{p.Str("name")} has no description");
                    // A cursor is opaque: it only ever comes from a `next` link, so no example could be used as one.
                    Assert.True(p.Str("name") == "cursor" || p.TryGetProperty("example", out _), $"{method} {path} ?{p.Str("name")} has no example");
                }

                if (parameters.EnumerateArray().Any(p => p.Str("in") == "query"))
                {
                    Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _), $"{method} {path} takes a query but documents no 400");
                }
            }
        }
    }

    [Fact]
    public async Task FilterParametersUseTheirQueryStringNames()
    {
        var doc = await host.Client.GetJsonAsync("/openapi/v1.json");
        var list = doc.GetProperty("paths").GetProperty("/api/v1/claims").GetProperty("get");
        var names = list.GetProperty("parameters").EnumerateArray().Select(p => p.Str("name")).ToHashSet();

        Assert.Superset(new HashSet<string> { "q", "actor", "claimant", "event", "article", "outlet", "kind", "status", "from", "to", "minSources", "sort", "limit", "cursor", "format" }, names);
        Assert.Equal(JsonValueKind.Object, list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("text/csv").ValueKind);
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        var response = await host.Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
