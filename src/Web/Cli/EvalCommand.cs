using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion.Evaluation;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// <c>eval SEEDS-FOLDER</c>: runs the pipeline on the raw seed files against honest knowledge, scores every stage
/// with the gold scorers, scores chrono-node and compromise on the same texts, prints precision, recall and F1 and
/// writes the table into docs/extraction.md. Touches no database.
/// </summary>
internal static class EvalCommand
{
    public const string Begin = "<!-- eval:begin -->";
    public const string End = "<!-- eval:end -->";

    public static Command Create()
    {
        var seeds = new Argument<string>("seeds") { Description = "The folder of raw seed articles (e.g. ../shared/seeds)." };
        var gold = new Option<string?>("--gold") { Description = "Gold files (default: tools/eval/gold of this checkout)." };
        var tools = new Option<string?>("--tools") { Description = "Where chrono.mjs and compromise.mjs live (default: tools/eval)." };
        var doc = new Option<string?>("--doc") { Description = "The document to write the table into (default: docs/extraction.md)." };
        var noDoc = new Option<bool>("--no-doc") { Description = "Print the table only." };
        var command = new Command("eval", "Measure the pipeline's accuracy on the seed articles against the gold files, beside chrono-node and compromise.")
        {
            seeds, gold, tools, doc, noDoc,
        };
        command.SetAction(async (result, ct) =>
        {
            var folder = new DirectoryInfo(CliPaths.Full(result.GetValue(seeds)!));
            if (!folder.Exists)
            {
                await Console.Error.WriteLineAsync($"No folder at {folder.FullName}: give the folder of raw seed articles, e.g. ../shared/seeds.");
                return 2;
            }

            var root = RepositoryRoot();
            var goldFolder = (result.GetValue(gold) is { } g ? CliPaths.Full(g) : null) ?? Path.Combine(root ?? ".", "tools", "eval", "gold");
            var notes = new List<string>();
            var files = Evaluator.ReadFolder(folder.FullName);
            var curated = BundleImporter.Parse(BundleExporter.ReadCuratedJson());
            var full = await HonestKnowledge.FromBundleAsync(curated, ct);
            var cases = new Evaluator(new Domain.Ingestion.IngestionPipeline().Run).Cases(files, full, curated);
            var scorers = Evaluator.DiscoverScorers(curated);
            var rows = Evaluator.Score(Evaluator.Pipeline, scorers, cases, goldFolder, notes).ToList();
            var node = new NodeComparison((result.GetValue(tools) is { } t ? CliPaths.Full(t) : null) ?? Path.Combine(root ?? ".", "tools", "eval"), Console.Error);
            if (await node.ChronoAsync(cases, ct) is { } chrono)
            {
                rows.Add(new ScoreRow(node.Systems["chrono.mjs"], TimeExpressionScorer.ScoreFound(cases, chrono, goldFolder)));
            }

            if (await node.CompromiseAsync(cases, ct) is { } compromise)
            {
                rows.Add(new ScoreRow(node.Systems["compromise.mjs"], ActorMentionScorer.ScoreFound(cases, compromise, goldFolder)));
            }

            var table = Table(rows, notes, files.Count);
            Console.WriteLine(table);
            if (!result.GetValue(noDoc))
            {
                var target = (result.GetValue(doc) is { } d ? CliPaths.Full(d) : null) ?? Path.Combine(root ?? ".", "docs", "extraction.md");
                await WriteDocAsync(target, table, ct);
                await Console.Error.WriteLineAsync($"Wrote the table into {target}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The table as Markdown: one row per stage, measure and system, with the counts behind each figure.</summary>
    internal static string Table(IReadOnlyList<ScoreRow> rows, IReadOnlyList<string> notes, int files)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Run on {files} seed files, {DateTime.UtcNow:yyyy-MM-dd}, {IngestionVersion.Current}.");
        sb.AppendLine();
        sb.AppendLine("| Stage | Measure | System | TP | FP | FN | Precision | Recall | F1 | Note |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows.OrderBy(r => r.Score.Stage, StringComparer.Ordinal).ThenBy(r => r.Score.Measure, StringComparer.Ordinal)
                     .ThenBy(r => r.System == Evaluator.Pipeline ? 0 : 1))
        {
            var s = row.Score;
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(s.Stage)} | {Cell(s.Measure)} | {Cell(row.System)} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.00} | {s.Recall:0.00} | {s.F1:0.00} | {Cell(s.Note ?? "")} |");
        }

        foreach (var note in notes)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Replaces what lies between the markers (or appends them) and leaves the rest of the document alone.</summary>
    internal static async Task WriteDocAsync(string path, string table, CancellationToken ct)
    {
        var doc = File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : "# Extraction accuracy\n\n";
        var block = $"{Begin}\n{table.TrimEnd()}\n{End}";
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        doc = start >= 0 && end > start ? doc[..start] + block + doc[(end + End.Length)..] : doc.TrimEnd() + "\n\n" + block + "\n";
        await File.WriteAllTextAsync(path, doc, ct);
    }

    /// <summary>The checkout this runs in: the nearest folder upwards with NewsTreaty.sln, from the working directory.</summary>
    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsTreaty.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
