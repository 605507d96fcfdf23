using NewsTreaty.Api;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Web.Cli;
using NewsTreaty.Web.Components;
using NewsTreaty.Web.Desk;
using NewsTreaty.Web.Editor;
using NewsTreaty.Web.Embeds;
using NewsTreaty.Web.Infrastructure;
using NewsTreaty.Web.Infrastructure.MultiHost;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets(); // blazor.web.js and MudBlazor's files from their packages, in every environment
builder.AddNewsTreatyLogging();
builder.AddNewsTreatyProxies();
builder.AddNewsTreatyData();
builder.AddNewsTreatyDataProtection();
builder.AddNewsTreatyTelemetry();
builder.AddNewsTreatyChangeWatch();
builder.Services.AddNewsTreatyApi();
builder.Services.AddNewsTreatyHealthChecks();
builder.Services.AddNewsTreatyReader();
builder.AddNewsTreatyEmbeds();
builder.AddNewsTreatyEditors();
builder.AddNewsTreatyDesk();
builder.Services.AddNewsTreatyDatabaseStartup(); // last: the schema and first key while the server starts; requests wait for them

var app = builder.Build();

app.UseNewsTreatyStartupGate(); // nothing reaches the application before its database is ready
app.UseNewsTreatyProxies(); // everything after sees the client's address and scheme
app.UseNewsTreatyRequestLogging();
app.UseMiddleware<SecurityHeaders>();
app.UseNewsTreatyHeadAsGet();
app.UseExceptionHandler();
app.UseNewsTreatyConditionalGet();
app.UseNewsTreatyStatusPages();
app.UseNewsTreatyEmbedHeaders();
app.UseStaticFiles();
app.UseRouting(); // after the status pages, so a re-executed 404 is routed to the not-found page
app.UseNewsTreatyApiSecurity();
app.UseNewsTreatyReadCache(); // after the rate limiter, so a cache hit still counts against the client's allowance
app.UseNewsTreatyDesk(); // after routing (the desk's header policy follows the page's endpoint), before antiforgery: only editors reach the circuit
app.UseAntiforgery(); // after authorization, which signs the editor in on /editor pages: tokens are bound to that user

app.MapNewsTreatyApi();
app.MapNewsTreatyHealthChecks();
app.MapApiDocs();
app.MapEmbeds();
app.MapNewsTreatyReader();
app.MapLoadTestBaseline();
app.MapNewsTreatyTelemetry();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null) // the desk's own policy says frame-ancestors 'none'
    .Finally(DeskHosting.KeepReaderPagesStatic);

await app.RunAsync();
return 0;

public partial class Program;
