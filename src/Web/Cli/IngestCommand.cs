using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;
using Spectre.Console;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// <c>ingest FILES-OR-FOLDERS</c>: every file becomes an ingestion (or recognises a known article and gives it its
/// text). A progress bar on standard error while it runs, a summary table on standard output, exit code 1 when a
/// file was rejected or failed (each is reported and skipped; the batch goes on), 2 when nothing could be read.
/// </summary>
internal static class IngestCommand
{
    private const int DetailRows = 60;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, or folders to read every file of (recursively).", Arity = ArgumentArity.OneOrMore };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet of every article, by slug or name, when the files do not say." };
        var published = new Option<string?>("--published") { Description = "The publication date of every article (YYYY-MM-DD), when the files do not say." };
        var user = new Option<string>("--as")
        {
            Description = "Who ingests, as recorded with each ingestion and change.",
            DefaultValueFactory = _ => $"cli ({Environment.UserName})",
        };
        var command = new Command("ingest", "Ingest article files (text or HTML) into the configured database: proposals for review, texts for known articles.")
        {
            paths, outlet, published, user,
        };
        command.SetAction((result, ct) => CommandLine.WithServices(async services =>
        {
            var (files, missing) = Expand(result.GetValue(paths)!);
            foreach (var path in missing)
            {
                await System.Console.Error.WriteLineAsync($"No file or folder at {path}.");
            }

            if (files.Count == 0)
            {
                await System.Console.Error.WriteLineAsync("Nothing to ingest: give article files (text or HTML) or folders that hold them.");
                return 2;
            }

            // Like the server, a fresh database first gets the curated dataset, so the seed articles are recognised as known.
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(
                services.GetRequiredService<IConfiguration>().GetValue("Database:SeedOnStart", true), ct);
            var items = files.Select(f => Item(f, result.GetValue(outlet), result.GetValue(published))).ToList();
            var db = services.GetRequiredService<NewsTreatyDbContext>();
            var restore = await HoldConnectionAsync(db, ct);
            var clock = Stopwatch.StartNew();
            IReadOnlyList<BatchOutcome> outcomes;
            try
            {
                outcomes = await RunWithProgressAsync(services.GetRequiredService<IngestionBatch>(), items, result.GetValue(user)!, ct);
            }
            finally
            {
                await RestoreConnectionAsync(db, restore);
            }

            Report(outcomes, clock.Elapsed);
            return missing.Count > 0 || outcomes.Any(o => o.Result is BatchResult.Rejected or BatchResult.Failed) ? 1 : 0;
        }));
        return command;
    }

    /// <summary>
    /// One open connection for the whole batch (no open and close per statement), whose commits do not wait for the
    /// disk: SQLite in WAL mode skips the fsync of each transaction (synchronous=NORMAL), PostgreSQL answers a commit
    /// before its write-ahead log is flushed (synchronous_commit=off, this session only). Either way a crash loses at
    /// most the last few whole articles, never half of one, and a re-run finds the rest as duplicates.
    /// Returns the statement that puts the connection's setting back, for <see cref="RestoreConnectionAsync"/>: neither
    /// engine's pool resets it (NewsTreaty's PostgreSQL connections skip Npgsql's reset, see DatabaseSettings).
    /// </summary>
    private static async Task<string> HoldConnectionAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.IsSqlite())
        {
            var before = await db.Database.SqlQueryRaw<int>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);
            return $"PRAGMA synchronous={before};";
        }

        await db.Database.ExecuteSqlRawAsync("SET synchronous_commit TO off;", ct);
        return "RESET synchronous_commit;";
    }

    /// <summary>
    /// Puts the batch's connection back as it was before it returns to the pool: a pooled connection keeps its SQLite
    /// pragmas and its PostgreSQL session settings, so without this the commits of whatever next took it in the same
    /// process would not wait for the disk either.
    /// </summary>
    private static async Task RestoreConnectionAsync(NewsTreatyDbContext db, string restore)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(restore, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // A connection that cannot take the statement is broken, and the pool discards it; the batch's own error, if
            // any, is the one to report.
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var typed in paths)
        {
            var path = CliPaths.Full(typed);
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.')).Select(Path.GetFullPath).Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(typed);
            }
        }

        return ([.. files.Distinct()], missing);
    }

    private static BatchItem Item(string file, string? outlet, string? published) => new(Path.GetFileName(file), () =>
    {
        var length = new FileInfo(file).Length;
        if (length > RawInput.MaxCharacters * 4L)
        {
            throw new IngestionInputException(413, "The file is too large", $"The file is {length} bytes; an article has at most {RawInput.MaxCharacters} characters.");
        }

        var format = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".txt" or ".text" => SourceFormat.Text,
            _ => (SourceFormat?)null,
        };
        return RawInput.FromBytes(File.ReadAllBytes(file), format, outlet: outlet, published: published, fileName: Path.GetFileName(file));
    });

    private static async Task<IReadOnlyList<BatchOutcome>> RunWithProgressAsync(IngestionBatch batch, List<BatchItem> items, string actor, CancellationToken ct)
    {
        // The bar goes to standard error, with the logs: standard output carries only the summary.
        var console = Console(System.Console.Error, System.Console.IsErrorRedirected);
        if (!console.Profile.Capabilities.Interactive)
        {
            var done = 0;
            var step = Math.Max(1, items.Count / 10);
            return await batch.RunAsync(items, actor, _ =>
            {
                if (++done % step == 0 || done == items.Count)
                {
                    System.Console.Error.WriteLine($"Ingested {done} of {items.Count} files");
                }
            }, ct);
        }

        IReadOnlyList<BatchOutcome> outcomes = [];
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Ingesting {items.Count} files", maxValue: items.Count);
                outcomes = await batch.RunAsync(items, actor, _ => task.Increment(1), ct);
            });
        return outcomes;
    }

    /// <summary>A Spectre console on <paramref name="writer"/>: no colour codes and a wide table when it is a file or a pipe.</summary>
    private static IAnsiConsole Console(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    private static void Report(IReadOnlyList<BatchOutcome> outcomes, TimeSpan elapsed)
    {
        var console = Console(System.Console.Out, System.Console.IsOutputRedirected);
        var shown = outcomes.Count <= DetailRows ? outcomes : outcomes.Where(o => o.Result is not BatchResult.New).Take(DetailRows).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().Title(outcomes.Count <= DetailRows ? "Files" : $"Files other than new articles (first {DetailRows})")
                .AddColumns("File", "Result", "Ingestion", "Article", "Proposals", "Note");
            foreach (var o in shown)
            {
                table.AddRow(Markup.Escape(o.Name), Colour(o.Result), o.Ingestion?.IngestionId.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(o.Ingestion?.KnownArticle ?? ""), o.Ingestion?.Proposals.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(o.Note ?? ""));
            }

            console.Write(table);
        }

        var totals = new Table().Title("Summary").AddColumns("Result", "Files");
        foreach (var group in outcomes.GroupBy(o => o.Result).OrderBy(g => g.Key))
        {
            totals.AddRow(Colour(group.Key), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        totals.AddRow("[bold]all[/]", $"{outcomes.Count} in {elapsed.TotalSeconds:0.0} s ({outcomes.Count / Math.Max(elapsed.TotalSeconds, 0.001):0.#} a second)");
        console.Write(totals);
    }

    private static string Colour(BatchResult result) => result switch
    {
        BatchResult.New => "[green]new[/]",
        BatchResult.Known => "[blue]known[/]",
        BatchResult.Duplicate => "[grey]duplicate[/]",
        BatchResult.Rejected => "[yellow]rejected[/]",
        _ => "[red]failed[/]",
    };
}
