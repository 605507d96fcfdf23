using System.CommandLine;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Cli;

/// <summary><c>keys create --name N --role editor</c>, <c>keys list</c>, <c>keys revoke PREFIX</c>: API keys managed from the server's shell.</summary>
internal static class KeyCommands
{
    public static Command Build(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var name = new Option<string>("--name") { Description = "Who or what uses the key, e.g. 'ingest robot' or 'Ana (editor)'.", Required = true };
        var role = new Option<ApiRole>("--role") { Description = "reader, editor or admin.", DefaultValueFactory = _ => ApiRole.Editor };
        var create = new Command("create", "Create a key and print its secret once; only its hash is stored.") { name, role };
        create.SetAction((result, ct) => withServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var (info, secret) = await services.GetRequiredService<ApiKeyStore>().CreateAsync(result.GetValue(name)!, result.GetValue(role), ct);
            Console.Error.WriteLine($"Created {info.Role.ToString().ToLowerInvariant()} key {info.Prefix} for '{info.Name}'. The secret below is shown only now:");
            Console.WriteLine(secret);
            return 0;
        }));

        var list = new Command("list", "List keys by prefix, role and name (never the secrets).");
        list.SetAction((_, ct) => withServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            foreach (var key in await services.GetRequiredService<ApiKeyStore>().ListAsync(ct))
            {
                var state = key.RevokedAt is { } revoked ? $"revoked {revoked:u}" : "active";
                Console.WriteLine($"{key.Prefix}  {key.Role.ToString().ToLowerInvariant(),-6}  {state,-28}  {key.Name}");
            }

            return 0;
        }));

        var prefix = new Argument<string>("prefix") { Description = "The key's prefix as 'keys list' shows it, e.g. nt_AbCd1234." };
        var revoke = new Command("revoke", "Revoke a key: it stops working at once.") { prefix };
        revoke.SetAction((result, ct) => withServices(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var key = await services.GetRequiredService<ApiKeyStore>().RevokeAsync(result.GetValue(prefix)!, ct);
            Console.WriteLine($"Revoked {key.Prefix} ({key.Name}).");
            return 0;
        }));

        return new Command("keys", "Manage API keys for the write API (see docs/api-writes.md).") { create, list, revoke };
    }
}
