namespace NewsTreaty.Api.Tests.GeneratedClient;

/// <summary>
/// Generates a C# client with Microsoft's Kiota, as a CMS developer would run it:
/// <c>kiota generate -l CSharp -d openapi.json -c NewsTreatyClient -n Generated</c>. Kiota is a dotnet tool pinned in
/// the repository's <c>.config/dotnet-tools.json</c>; it is restored here if it is not yet.
/// </summary>
internal static class KiotaGenerator
{
    private static readonly SemaphoreSlim Restore = new(1, 1);
    private static bool _restored;

    /// <summary>Writes <paramref name="document"/> to <paramref name="folder"/>, generates the client there and returns its sources.</summary>
    public static async Task<IReadOnlyList<string>> GenerateAsync(string document, string folder)
    {
        var root = RepositoryRoot();
        await RestoreToolsAsync(root);
        Directory.CreateDirectory(folder);
        var description = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(description, document);
        var output = Path.Combine(folder, "kiota");
        var (exitCode, log) = await RunAsync(root, "kiota", "generate", "--language", "CSharp", "--openapi", description,
            "--class-name", "NewsTreatyClient", "--namespace-name", "Generated", "--output", output, "--log-level", "Warning", "--clean-output");
        Assert.True(exitCode == 0, $"kiota generate failed ({exitCode}):\n{log}");
        // Kiota's warnings name what it had to guess or drop from the document. Expected, and nothing else: no servers
        // entry (the host answers from any address; the client sets its base URL), format: uri read as a string, and
        // "divergent" 200 schemas on the record reads that offer JSON-LD beside JSON (Kiota types the JSON one).
        string[] expected = ["servers entry", "The format uri is not supported", "multiple response schemas that are divergent"];
        var unexpected = log.Split('\n').Where(l => l.Contains("OpenAPI warning", StringComparison.Ordinal))
            .Where(l => !expected.Any(e => l.Contains(e, StringComparison.Ordinal)))
            .ToList();
        Assert.True(unexpected.Count == 0, "Kiota warned about the document:\n" + string.Join("\n", unexpected));
        return Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
    }

    private static async Task RestoreToolsAsync(string root)
    {
        await Restore.WaitAsync();
        try
        {
            if (_restored)
            {
                return;
            }

            var (exitCode, log) = await RunAsync(root, "tool", "restore");
            Assert.True(exitCode == 0, $"`dotnet tool restore` failed in {root} ({exitCode}); Kiota is needed to generate the client:\n{log}");
            _restored = true;
        }
        finally
        {
            Restore.Release();
        }
    }

    // No update check against api.github.com (unreachable from CI) and no tutorial hints or colours in the log.
    private static readonly Dictionary<string, string> Quiet = new()
    {
        ["KIOTA_OFFLINE_ENABLED"] = "true", ["KIOTA_TUTORIAL_ENABLED"] = "false", ["KIOTA_CONSOLE_COLORS_ENABLED"] = "false",
    };

    private static Task<(int ExitCode, string Output)> RunAsync(string directory, params string[] arguments) =>
        Dotnet.RunAsync(directory, Quiet, TimeSpan.FromMinutes(3), arguments);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ".config", "dotnet-tools.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No .config/dotnet-tools.json above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }
}
