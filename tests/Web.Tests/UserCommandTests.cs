using NewsTreaty.TestSupport;
using NewsTreaty.Web.Cli;

namespace NewsTreaty.Web.Tests;

/// <summary><c>users create/list/disable</c> run in-process against a real SQLite file, the password piped on standard input.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class UserCommandTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.NewSqlite();
    private readonly string? _previous = Environment.GetEnvironmentVariable("ConnectionStrings__NewsTreaty");

    public UserCommandTests()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _database.ConnectionString);
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", "Warning");
    }

    [Fact]
    public async Task AnAccountIsCreatedFromAPipedPasswordListedAndDisabled()
    {
        var (created, createdText) = await RunAsync("a password from stdin\n", "users", "create", "--username", "Ana", "--display-name", "Ana K", "--role", "editor", "--password-stdin");
        Assert.Equal(0, created);
        Assert.Contains("Created editor account 'ana' (Ana K)", createdText, StringComparison.Ordinal);

        var (_, listed) = await RunAsync("", "users", "list");
        Assert.Matches(@"ana\s+editor\s+active\s+Ana K", listed);
        Assert.DoesNotContain("a password from stdin", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", listed, StringComparison.Ordinal); // no hash either

        Assert.Equal(0, (await RunAsync("", "users", "disable", "ana")).Exit);
        Assert.Matches(@"ana\s+editor\s+disabled \d{4}-", (await RunAsync("", "users", "list")).Output);
    }

    [Fact]
    public async Task AShortPasswordADuplicateAndAnUnknownAccountAreRefusedWithANonZeroExit()
    {
        Assert.Equal(1, (await RunAsync("short\n", "users", "create", "--username", "bo", "--password-stdin")).Exit);
        Assert.Equal(0, (await RunAsync("a long enough password\n", "users", "create", "--username", "bo", "--password-stdin")).Exit);
        Assert.Equal(1, (await RunAsync("a long enough password\n", "users", "create", "--username", "BO", "--password-stdin")).Exit);
        Assert.Equal(1, (await RunAsync("", "users", "disable", "nobody")).Exit);
        Assert.Equal(1, (await RunAsync("a long enough password\n", "users", "create", "--username", "no spaces", "--password-stdin")).Exit);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string stdin, params string[] args)
    {
        var (input, output, error) = (Console.In, Console.Out, Console.Error);
        var captured = new StringWriter();
        Console.SetIn(new StringReader(stdin));
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            return (await CommandLine.RunAsync(args), captured.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__NewsTreaty", _previous);
        Environment.SetEnvironmentVariable("Logging__MinimumLevel", null);
        _database.Dispose();
    }
}
