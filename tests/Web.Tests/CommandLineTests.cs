using System.Text.Json.Nodes;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Cli;

namespace NewsTreaty.Web.Tests;

/// <summary>The administrative commands, run in-process against a real SQLite file chosen by environment, as an operator would.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class CommandLineTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newstreaty-cli-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string? _previous = Environment.GetEnvironmentVariable("ConnectionStrings__NewsTreaty");

    public CommandLineTests()
    {
        Directory.CreateDirectory(_folder);
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _database.ConnectionString);
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", "Warning");
    }

    [Fact]
    public async Task ExportThenImportOfTheExportedBundleIntoTheSameDatabaseChangesNothing()
    {
        var bundle = Path.Combine(_folder, "curated.json");
        var curated = Path.Combine(_folder, "seed.json");
        await File.WriteAllTextAsync(curated, Domain.Data.Dataset.BundleExporter.ReadCuratedJson());

        Assert.Equal(0, await CommandLine.RunAsync(["import", curated]));
        Assert.Equal(0, await CommandLine.RunAsync(["export", "-o", bundle]));
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(bundle))!;
        Assert.Equal("newstreaty-bundle", exported["format"]!.GetValue<string>());
        Assert.True(exported["claims"]!.AsArray().Count >= 40);
        Assert.Equal(0, await CommandLine.RunAsync(["import", bundle]));
    }

    [Fact]
    public async Task ABrokenBundleIsRejectedWithItsProblemsAndANonZeroExitCode()
    {
        var broken = Path.Combine(_folder, "broken.json");
        var bundle = JsonNode.Parse(Domain.Data.Dataset.BundleExporter.ReadCuratedJson())!;
        bundle["events"]![0]!["era"] = "no-such-era";
        await File.WriteAllTextAsync(broken, bundle.ToJsonString());
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(1, await CommandLine.RunAsync(["import", broken]));
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Contains("nothing was imported", error.ToString());
        Assert.Contains("events[0].era", error.ToString());
    }

    [Fact]
    public async Task ImportingAMissingFileSaysWhereItLooked() =>
        Assert.Equal(2, await CommandLine.RunAsync(["import", Path.Combine(_folder, "absent.json")]));

    [Fact]
    public async Task TheHealthProbeFailsWhenNothingListens() =>
        Assert.Equal(1, await CommandLine.RunAsync(["health-probe", "--url", "http://127.0.0.1:9/health/ready"]));

    [Fact]
    public async Task TheGenerateVerbSaysWhereTheCorpusGeneratorWentInsteadOfStartingTheServer()
    {
        Assert.True(CommandLine.IsCommand(["generate", "--claims", "10"]));

        var (code, _, error) = await RunAsync(["generate", "--claims", "10"]);

        Assert.Equal(2, code);
        Assert.Contains("--project tools/corpus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyServerOptionsStartTheServerAndEverythingElseIsACommand()
    {
        Assert.True(CommandLine.IsCommand(["import", "x.json"]));
        Assert.True(CommandLine.IsCommand(["exprot", "-o", "x.json"]));
        Assert.True(CommandLine.IsCommand(["--foo"]));
        Assert.True(CommandLine.IsCommand(["--urls", "http://127.0.0.1:5000", "--verbose"]));
        Assert.False(CommandLine.IsCommand([]));
        Assert.False(CommandLine.IsCommand(["--urls", "http://127.0.0.1:5000"]));
        Assert.False(CommandLine.IsCommand(["--urls=http://127.0.0.1:5000", "--Database:Provider=postgresql", "--ConnectionStrings:NewsTreaty", "Data Source=x.db"]));
    }

    [Theory]
    [InlineData("exprot", "Unknown command 'exprot'.", "Did you mean 'export'?")]
    [InlineData("--foo", "Unknown option '--foo'", "Commands:")]
    [InlineData("frobnicate", "Unknown command 'frobnicate'.", "Commands:")]
    public async Task AMistypedCommandOrOptionIsUnknownWithTheListAndExitCode2(string typed, string message, string hint)
    {
        var (code, output, error) = await RunAsync([typed, "-o", Path.Combine(_folder, "x.json")]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
        Assert.Contains("  export", error, StringComparison.Ordinal);
        Assert.Contains("  migrate", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.json")));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task HelpListsTheCommands(string help)
    {
        var (code, output, _) = await RunAsync([help]);

        Assert.Equal(0, code);
        Assert.Contains("export", output, StringComparison.Ordinal);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpForOneCommandExplainsIt()
    {
        var (code, output, _) = await RunAsync(["help", "export"]);

        Assert.Equal(0, code);
        Assert.Contains("--output", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportToStandardOutputIsOnlyTheBundleWithTheLogsOnStandardError()
    {
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", "Information");
        Assert.Equal(0, (await RunAsync(["migrate"])).Code);

        var (code, output, error) = await RunAsync(["export"]);

        Assert.Equal(0, code);
        Assert.Equal("newstreaty-bundle", JsonNode.Parse(output)!["format"]!.GetValue<string>());
        Assert.Contains("schema version", error, StringComparison.Ordinal); // the log lines went here
    }

    [Fact]
    public async Task MigrateSaysWhatItDid()
    {
        var first = await RunAsync(["migrate"]);
        var second = await RunAsync(["migrate"]);

        Assert.Equal(0, first.Code);
        Assert.Matches(@"upgraded the schema from version 0 to \d+\.", first.Output);
        Assert.Matches(@"already at schema version \d+; nothing to do\.", second.Output);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await CommandLine.RunAsync(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _previous);
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", null);
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "command line";
}

[Collection(SiteCollection.Name)]
public sealed class HealthProbeTests(SiteFixture site)
{
    [Fact]
    public async Task TheHealthProbeSucceedsAgainstARunningServer()
    {
        var url = new Uri(site.BaseAddress, "/health/ready").ToString();
        using var http = new HttpClient();
        var direct = await http.GetAsync(new Uri(url));
        Assert.True(direct.IsSuccessStatusCode, $"{url}: {(int)direct.StatusCode}");
        Assert.Equal(0, await CommandLine.RunAsync(["health-probe", "--url", url]));
    }
}
