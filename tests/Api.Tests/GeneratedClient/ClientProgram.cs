using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsTreaty.Api.Tests.GeneratedClient;

/// <summary>
/// Compiles a generated client with a CMS developer's program (<c>CmsDeveloper.cs</c> for NSwag,
/// <c>CmsDeveloperKiota.cs</c> for Kiota, embedded in this assembly) into a console program with Roslyn and runs it as
/// its own process, so it can run in another time zone than the tests.
/// </summary>
internal sealed class ClientProgram(string folder)
{
    private const string Usings = "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Net.Http; global using System.Threading.Tasks;";

    /// <summary>What an SDK-style project for net10.0 defines; generated code picks its nullable signatures by them.</summary>
    private static readonly string[] Symbols = ["NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_1_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER"];

    public static ClientProgram Compile(IEnumerable<string> client, string scenario, string folder, params Assembly[] extra)
    {
        Directory.CreateDirectory(folder);
        using var program = typeof(ClientProgram).Assembly.GetManifestResourceStream(scenario)
            ?? throw new InvalidOperationException($"{scenario} is not embedded in the test assembly");
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: Symbols);
        using var checks = typeof(ClientProgram).Assembly.GetManifestResourceStream("CmsDeveloperChecks.cs")!;
        var sources = client.Append(new StreamReader(program).ReadToEnd()).Append(new StreamReader(checks).ReadToEnd()).Append(Usings)
            .Select(s => CSharpSyntaxTree.ParseText(s, options));
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(framework, "*.dll").Where(IsManaged).Concat(extra.Select(a => a.Location))
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("CmsDeveloper", sources, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var result = compilation.Emit(Path.Combine(folder, "CmsDeveloper.dll"));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).ToList();
        Assert.True(result.Success, "The generated client and the CMS developer's code do not compile:\n" + string.Join("\n", errors));

        foreach (var assembly in extra)
        {
            File.Copy(assembly.Location, Path.Combine(folder, Path.GetFileName(assembly.Location)), overwrite: true);
        }

        var runtime = new { runtimeOptions = new { tfm = "net10.0", framework = new { name = "Microsoft.NETCore.App", version = Environment.Version.ToString() } } };
        File.WriteAllText(Path.Combine(folder, "CmsDeveloper.runtimeconfig.json"), JsonSerializer.Serialize(runtime));
        return new ClientProgram(folder);
    }

    /// <summary>Runs the program with <paramref name="timeZone"/> as its local zone; returns its exit code and output.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(string timeZone, params string[] arguments) =>
        Dotnet.RunAsync(folder, new Dictionary<string, string> { ["TZ"] = timeZone }, TimeSpan.FromMinutes(2), [Path.Combine(folder, "CmsDeveloper.dll"), .. arguments]);

    private static bool IsManaged(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}

/// <summary>Runs the <c>dotnet</c> that runs the tests, as a child process, and returns its exit code and output.</summary>
internal static class Dotnet
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string directory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
