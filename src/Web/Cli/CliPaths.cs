namespace NewsTreaty.Web.Cli;

/// <summary>
/// Paths typed on the command line, relative to where the user typed them. <c>dotnet run --project src/Web</c>
/// starts the program in the project's folder, so <c>../shared/seeds</c> would be read from src/; the shell's
/// <c>PWD</c> (inherited through dotnet run) still names the folder the command was typed in.
/// </summary>
internal static class CliPaths
{
    public static string Full(string path)
    {
        var typedIn = Environment.GetEnvironmentVariable("PWD");
        return Path.IsPathRooted(path) || typedIn is null || !Path.IsPathRooted(typedIn) || !Directory.Exists(typedIn)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(path, typedIn);
    }
}
