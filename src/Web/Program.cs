using NewsTreaty.Api;
using NewsTreaty.Web.Cli;
using NewsTreaty.Web.Components;
using NewsTreaty.Web.Infrastructure;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsTreatyLogging();
builder.AddNewsTreatyData();
builder.Services.AddNewsTreatyApi();
builder.Services.AddNewsTreatyHealthChecks();
builder.Services.AddRazorComponents();

var app = builder.Build();
await app.InitializeDatabaseAsync();

app.UseMiddleware<RequestLogging>();
app.UseExceptionHandler();
app.UseNewsTreatyConditionalGet();
app.UseNewsTreatyStatusPages();
app.UseStaticFiles();
app.UseRouting(); // after the status pages, so a re-executed 404 is routed to the not-found page
app.UseAntiforgery();

app.MapNewsTreatyApi();
app.MapNewsTreatyHealthChecks();
app.MapApiDocs();
app.MapLoadTestBaseline();
app.MapRazorComponents<App>();

await app.RunAsync();
return 0;

public partial class Program;
