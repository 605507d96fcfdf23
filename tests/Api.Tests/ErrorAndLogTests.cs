using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace NewsTreaty.Api.Tests;

/// <summary>The documented server-error problem, and log lines in the words of the operation.</summary>
public sealed class ErrorAndLogTests(SqliteWriteHost host) : IClassFixture<SqliteWriteHost>
{
    [Fact]
    public async Task AnUnexpected500IsTheDocumentedServerErrorProblem()
    {
        var context = new DefaultHttpContext { RequestServices = host.Factory.Services };
        context.Request.Path = "/api/v1/claims";
        context.Response.Body = new MemoryStream();
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;

        await host.Factory.Services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status500InternalServerError },
        });

        context.Response.Body.Position = 0;
        var problem = JsonDocument.Parse(context.Response.Body).RootElement;
        Assert.Equal("https://newstreaty.dev/problems/server-error", problem.Str("type"));
        Assert.Contains(context.TraceIdentifier, problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACreateIsLoggedAsACreateNotAsAnUntitledImport()
    {
        var actor = new JsonObject { ["slug"] = "logged-actor", ["name"] = "A Logged Spokesperson", ["kind"] = "person" };

        await (await host.Admin.SendAsync(HttpMethod.Post, "/api/v1/actors", actor)).ExpectAsync(HttpStatusCode.Created);

        Assert.Contains(host.Factory.Logs.Lines, l => l.Contains("Created actor logged-actor (revision 1) by", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Factory.Logs.Lines, l => l.Contains("Imported bundle", StringComparison.Ordinal) && l.Contains("null", StringComparison.Ordinal));
    }
}
