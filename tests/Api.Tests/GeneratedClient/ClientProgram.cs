using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsTreaty.Api.Tests.GeneratedClient;

/// <summary>
/// Compiles a generated client with <c>CmsDeveloper.cs</c> into a console program with Roslyn and runs it as its
/// own process, so it can run in another time zone than the tests.
/// </summary>
internal sealed class ClientProgram(string folder)
{
    private const string Usings = "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Net.Http; global using System.Threading.Tasks;";

    public static ClientProgram Compile(string client, string folder, params Assembly[] extra)
    {
        Directory.CreateDirectory(folder);
        using var scenario = typeof(ClientProgram).Assembly.GetManifestResourceStream("CmsDeveloper.cs")!;
        var sources = new[] { client, new StreamReader(scenario).ReadToEnd(), Usings }
            .Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest)));
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
    public async Task<(int ExitCode, string Output)> RunAsync(string timeZone, params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
            Environment = { ["TZ"] = timeZone },
        };
        info.ArgumentList.Add(Path.Combine(folder, "CmsDeveloper.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

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
