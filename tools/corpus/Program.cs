using System.CommandLine;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Cli;

/// <summary><c>generate --claims 1000000</c>: a synthetic corpus for load tests (docs/performance.md).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var claims = new Option<int>("--claims") { Description = "How many claims to add.", DefaultValueFactory = _ => 100_000 };
        var articles = new Option<int?>("--articles") { Description = "How many articles (default: one per 5 claims)." };
        var actors = new Option<int?>("--actors") { Description = "How many actors (default: one per 20 claims)." };
        var events = new Option<int?>("--events") { Description = "How many events (default: one per 50 claims)." };
        var outlets = new Option<int?>("--outlets") { Description = "How many outlets (default: one per 5,000 claims, 6–400)." };
        var seed = new Option<int>("--seed") { Description = "Random seed, for a repeatable corpus.", DefaultValueFactory = _ => 1961 };
        var command = new Command("generate", "Add a synthetic corpus shaped like the real one (skewed claimants, outlets, events and dates) to the configured database.")
        {
            claims, articles, actors, events, outlets, seed,
        };
        command.SetAction((result, ct) => CommandLine.WithServices(async services =>
        {
            var count = result.GetValue(claims);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("--claims must be at least 1.");
                return 2;
            }

            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
            var size = CorpusSize.For(count, result.GetValue(articles), result.GetValue(actors), result.GetValue(events), result.GetValue(outlets), result.GetValue(seed));
            await Console.Error.WriteLineAsync($"Generating {size}");
            var started = DateTime.UtcNow;
            await new SyntheticCorpus(services.GetRequiredService<NewsTreatyDbContext>(), services.GetRequiredService<DataChanges>(), size, Console.Error).RunAsync(ct);
            await Console.Error.WriteLineAsync($"Done in {(DateTime.UtcNow - started).TotalSeconds:N0} s");
            return 0;
        }));
        return command;
    }
}
