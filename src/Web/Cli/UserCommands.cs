using System.CommandLine;
using System.Text;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Data;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// <c>users create --username NAME --role editor</c>, <c>users list</c>, <c>users disable NAME</c>: editor accounts
/// managed from the server's shell. The password is read from standard input, never taken as an argument,
/// so it does not land in shell history or the process list.
/// </summary>
internal static class UserCommands
{
    public static Command Build(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var username = new Option<string>("--username") { Description = "What the editor types to sign in, e.g. 'ana'.", Required = true };
        var displayName = new Option<string?>("--display-name") { Description = "The name shown in the revision history (defaults to the username)." };
        var role = new Option<ApiRole>("--role") { Description = "reader, editor or admin (the API keys' roles).", DefaultValueFactory = _ => ApiRole.Editor };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password as one line of standard input (for scripts) instead of prompting." };
        var create = new Command("create", "Create an editor account; the password is read from standard input and stored only as a hash.")
        {
            username, displayName, role, passwordStdin,
        };
        create.SetAction((result, ct) => withServices(async services =>
        {
            var password = ReadPassword(result.GetValue(passwordStdin));
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var account = await services.GetRequiredService<EditorAccountStore>()
                .CreateAsync(result.GetValue(username)!, result.GetValue(displayName), result.GetValue(role), password, ct);
            Console.WriteLine($"Created {Role(account.Role)} account '{account.Username}' ({account.DisplayName}); sign in at /editor/sign-in.");
            return 0;
        }));

        var list = new Command("list", "List editor accounts (never the password hashes).");
        list.SetAction((_, ct) => withServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            foreach (var a in await services.GetRequiredService<EditorAccountStore>().ListAsync(ct))
            {
                var state = a.DisabledAt is { } disabled ? $"disabled {disabled:u}" : "active";
                Console.WriteLine($"{a.Username,-20}  {Role(a.Role),-6}  {state,-29}  {a.DisplayName}");
            }

            return 0;
        }));

        var name = new Argument<string>("username") { Description = "The account's username as 'users list' shows it." };
        var disable = new Command("disable", "Disable an account: its sign-in and any open session stop working at once.") { name };
        disable.SetAction((result, ct) => withServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var account = await services.GetRequiredService<EditorAccountStore>().DisableAsync(result.GetValue(name)!, ct);
            Console.WriteLine($"Disabled '{account.Username}'.");
            return 0;
        }));

        return new Command("users", "Manage editor accounts for the editor area (see docs/editors.md).") { create, list, disable };
    }

    private static string Role(ApiRole role) => role.ToString().ToLowerInvariant();

    private static string ReadPassword(bool fromStdin)
    {
        if (fromStdin || Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        Console.Error.Write("Password (not echoed): ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
