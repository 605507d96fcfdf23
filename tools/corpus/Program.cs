using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Corpus;

/// <summary>
/// A synthetic corpus for load tests (docs/performance.md), kept out of the product host: it writes straight to
/// the database the host serves, chosen as the host chooses it (ConnectionStrings__NewsTreaty, Database__Provider).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var claims = new Option<int>("--claims") { Description = "How many claims to add.", DefaultValueFactory = _ => 100_000 };
        var articles = new Option<int?>("--articles") { Description = "How many articles (default: one per 5 claims)." };
        var actors = new Option<int?>("--actors") { Description = "How many actors (default: one per 20 claims)." };
        var events = new Option<int?>("--events") { Description = "How many events (default: one per 50 claims)." };
        var outlets = new Option<int?>("--outlets") { Description = "How many outlets (default: one per 5,000 claims, 6–400)." };
        var seed = new Option<int>("--seed") { Description = "Random seed, for a repeatable corpus.", DefaultValueFactory = _ => 1961 };
        var root = new RootCommand(
            "Add a synthetic corpus shaped like the real one (skewed claimants, outlets, events and dates) to the database in " +
            "ConnectionStrings__NewsTreaty and Database__Provider (default: the product's own SQLite file).")
        {
            claims, articles, actors, events, outlets, seed,
        };
        root.SetAction(async (result, ct) =>
        {
            var count = result.GetValue(claims);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("--claims must be at least 1.");
                return 2;
            }

            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            try
            {
                var services = new ServiceCollection()
                    .AddLogging(b => b.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
                        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
                    .AddNewsTreatyData(DatabaseSettings.From(configuration["Database:Provider"], configuration.GetConnectionString(DatabaseSettings.ConnectionStringName)));
                await using var provider = services.BuildServiceProvider();
                await using var scope = provider.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed: false, ct);
                var size = CorpusSize.For(count, result.GetValue(articles), result.GetValue(actors), result.GetValue(events), result.GetValue(outlets), result.GetValue(seed));
                await Console.Error.WriteLineAsync($"Generating {size}");
                var clock = Stopwatch.StartNew();
                await new SyntheticCorpus(scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>(), scope.ServiceProvider.GetRequiredService<DataChanges>(),
                    size, Console.Error).RunAsync(ct);
                await Console.Error.WriteLineAsync($"Done in {clock.Elapsed.TotalSeconds:N0} s");
                return 0;
            }
            catch (DomainException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }
        });
        return await root.Parse(args).InvokeAsync();
    }
}
