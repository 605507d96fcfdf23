using System.CommandLine;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// <c>generate</c> moved out of the product into its own tool (tools/corpus); the verb stays so that anyone who runs it
/// here learns where it went instead of starting the server.
/// </summary>
internal static class GenerateCommand
{
    public const string Moved =
        "generate is now its own tool, outside the product: dotnet run -c Release --project tools/corpus -- --claims 1000000 (same options).";

    public static Command Create()
    {
        var command = new Command("generate", "Moved: the load-test corpus generator is tools/corpus.") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (_, _) =>
        {
            await Console.Error.WriteLineAsync(Moved);
            return 2;
        });
        return command;
    }
}
