using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Data.Schema;
using NewsTreaty.Web.Editor;
using NewsTreaty.Web.Infrastructure;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// Administrative commands run through the same host binary: <c>dotnet run --project src/Web -- import FILE</c>.
/// Anything that is not a command (no arguments, or ASP.NET options such as --urls) starts the web server.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Verbs = ["import", "export", "migrate", "schema", "keys", "users", "generate", "ingest", "eval", "ingest-benchmark", "health-probe", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("NewsTreaty: a structured news knowledge base. Without a command, starts the web server.");

        var file = new Argument<FileInfo>("file") { Description = "A dataset bundle (JSON, see docs/dataset-format.md)." };
        var import = new Command("import", "Import a dataset bundle into the configured database (upsert by slug; all or nothing).") { file };
        import.SetAction((result, ct) => WithServices(async services =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No file at {path.FullName}. Give the path of a bundle JSON file.");
                return 2;
            }

            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            try
            {
                var bundle = BundleImporter.Parse(await File.ReadAllTextAsync(path.FullName, ct));
                var imported = await services.GetRequiredService<BundleImporter>().ImportAsync(bundle, ct);
                Console.WriteLine($"Imported {imported.Claims} claims, {imported.Events} events, {imported.Actors} actors, {imported.Articles} articles " +
                                  $"({imported.Created} records created, {imported.Updated} updated, {imported.Unchanged} unchanged).");
                return 0;
            }
            catch (BundleException ex)
            {
                await Console.Error.WriteLineAsync($"The bundle was rejected; nothing was imported. Fix these {ex.Problems.Count} problem(s) and run the import again:");
                foreach (var problem in ex.Problems)
                {
                    await Console.Error.WriteLineAsync("  " + problem);
                }

                return 1;
            }
        }));

        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Export the whole database as a dataset bundle.") { output };
        export.SetAction((result, ct) => WithServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var bundle = await services.GetRequiredService<BundleExporter>().ExportAsync("NewsTreaty export", ct);
            var json = System.Text.Json.JsonSerializer.Serialize(bundle, Bundle.JsonOptions);
            if (result.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, json, ct);
                Console.Error.WriteLine($"Wrote {bundle.Claims.Count} claims to {target.FullName}");
            }
            else
            {
                Console.WriteLine(json);
            }

            return 0;
        }));

        var migrate = new Command("migrate", "Bring the database schema up to date without starting the server.");
        migrate.SetAction((_, ct) => WithServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            return 0;
        }));

        var provider = new Option<string>("--provider") { Description = "sqlite or postgresql", DefaultValueFactory = _ => "sqlite" };
        var script = new Command("script", "Print the CREATE script EF Core derives from the current model: the starting point for the next numbered schema step.") { provider };
        script.SetAction(result =>
        {
            var settings = DatabaseSettings.From(result.GetValue(provider),
                result.GetValue(provider) == "sqlite" ? "Data Source=:memory:" : "Host=localhost;Database=scratch");
            var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
            settings.Configure(options);
            using var db = new NewsTreatyDbContext(options.Options);
            Console.WriteLine(db.Database.GenerateCreateScript());
            Console.Error.WriteLine($"-- The database schema is versioned by the {SchemaMigrator.LatestVersion(settings.Provider)} scripts in src/Domain/Data/Schema; see docs/decisions/0002-schema-versioning.md.");
            return 0;
        });
        var schema = new Command("schema", "Schema tools.") { script };

        var url = new Option<string>("--url")
        {
            Description = "Readiness endpoint to ask.",
            DefaultValueFactory = _ => "http://127.0.0.1:8080/health/ready",
        };
        var probe = new Command("health-probe", "Exit 0 when the running server reports ready (for container health checks without curl).") { url };
        probe.SetAction(async (result, ct) =>
        {
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var target))
            {
                await Console.Error.WriteLineAsync($"'{result.GetValue(url)}' is not an absolute URL such as http://127.0.0.1:8080/health/ready.");
                return 2;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            try
            {
                using var response = await http.GetAsync(target, ct);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException)
            {
                return 1;
            }
        });

        root.Subcommands.Add(probe);
        root.Subcommands.Add(import);
        root.Subcommands.Add(export);
        root.Subcommands.Add(migrate);
        root.Subcommands.Add(schema);
        root.Subcommands.Add(KeyCommands.Build(WithServices));
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchmarkCommand.Create());
        root.Subcommands.Add(UserCommands.Build(WithServices));
        return await root.Parse(args).InvokeAsync();
    }

    internal static async Task<int> WithServices(Func<IServiceProvider, Task<int>> action)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables();
        builder.AddNewsTreatyLogging();
        builder.AddNewsTreatyData();
        builder.AddNewsTreatyEditors();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return await action(scope.ServiceProvider);
        }
        catch (NewsTreaty.Domain.Common.DomainException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
