using System.Net;
using System.Text.Json.Nodes;

namespace NewsTreaty.Api.Tests;

/// <summary>Control characters are refused alike on both engines, with a 400 that names the field, and nothing is stored.</summary>
public abstract class ControlCharacterTests(WriteHost host)
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u001b[31m")]
    [InlineData("\u0085")]
    public async Task AClaimTextWithAControlCharacterIsA400AndNothingIsStored(string bad)
    {
        var slug = "control-" + Guid.NewGuid().ToString("N")[..8];
        await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/articles", WriteHelpers.Article(slug + "-article"))).ExpectAsync(HttpStatusCode.Created);
        var claim = WriteHelpers.Claim(slug, slug + "-article");
        claim["text"] = "The agreement will be reviewed" + bad + " within a year.";

        var problem = await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/claims", claim)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("control character", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous.GetAsync(new Uri($"/api/v1/claims/{slug}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TabsLineBreaksAndOtherScriptsAreKept()
    {
        var actor = new JsonObject { ["slug"] = "kept-" + Guid.NewGuid().ToString("N")[..8], ["name"] = "Kim Jong Un 김정은 🇰🇵", ["kind"] = "person", ["description"] = "Line one.\r\n\tLine two." };

        var created = await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/actors", actor)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Kim Jong Un 김정은 🇰🇵", created.Str("name"));
        Assert.Equal("Line one.\r\n\tLine two.", created.Str("description"));
    }
}

public sealed class SqliteControlCharacterTests(SqliteWriteHost host) : ControlCharacterTests(host), IClassFixture<SqliteWriteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresControlCharacterTests(PostgresWriteHost host) : ControlCharacterTests(host), IClassFixture<PostgresWriteHost>;
