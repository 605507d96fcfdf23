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
/// Only no arguments, or nothing but server options (<see cref="ServerArguments"/>), starts the web server; anything
/// else is a command, and a word that is no command gets "unknown command", the list, and exit code 2.
/// </summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => !ServerArguments.AreAll(args);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        if (args is ["help", .. var topic])
        {
            args = [.. topic, "--help"]; // "help" and "help export" as people type them
        }

        if (args.Length > 0 && !args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
        {
            return await UnknownAsync($"Unknown command '{args[0]}'.", root, args[0]);
        }

        if (args.Length > 0 && args[0].StartsWith('-') && args[0] is not ("--help" or "-h" or "-?" or "--version"))
        {
            return await UnknownAsync($"Unknown option '{args[0]}': it is neither a command nor a server option.", root, args[0].TrimStart('-'));
        }

        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> UnknownAsync(string message, RootCommand root, string typed)
    {
        var error = Console.Error;
        await error.WriteLineAsync(message);
        if (root.Subcommands.Select(c => c.Name).FirstOrDefault(n => ServerArguments.Distance(n, typed) <= 2) is { } guess)
        {
            await error.WriteLineAsync($"Did you mean '{guess}'?");
        }

        await error.WriteLineAsync("Commands:");
        foreach (var command in root.Subcommands)
        {
            await error.WriteLineAsync($"  {command.Name,-14} {command.Description}");
        }

        await error.WriteLineAsync($"Without a command NewsTreaty starts the web server, which takes {ServerArguments.Describe}. 'help COMMAND' explains a command.");
        return 2;
    }

    private static RootCommand Build()
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
            var migrator = services.GetRequiredService<SchemaMigrator>();
            var before = await migrator.CurrentVersionAsync(ct);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var after = await migrator.CurrentVersionAsync(ct);
            var database = services.GetRequiredService<DatabaseSettings>().Describe();
            Console.WriteLine(before == after
                ? $"{database}: already at schema version {after}; nothing to do."
                : $"{database}: upgraded the schema from version {before} to {after}.");
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
        return root;
    }

    internal static async Task<int> WithServices(Func<IServiceProvider, Task<int>> action)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables();
        builder.AddNewsTreatyLogging(toStandardError: true); // standard output is for the command's data
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
