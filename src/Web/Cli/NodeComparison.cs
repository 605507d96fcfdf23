using System.Diagnostics;
using System.Text.Json;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// Runs npm's chrono-node (dates) and compromise (people and places) on the same cleaned texts as the pipeline,
/// through tools/eval/chrono.mjs and compromise.mjs, and turns what they find into the pipeline's records so the
/// same scorers score them. Contract: each script reads <c>[{id, text, referenceDate}]</c> as JSON on standard
/// input and writes <c>[{id, items: [{start, end, text, date?, kind?}]}]</c> (UTF-16 offsets) on standard output.
/// </summary>
internal sealed class NodeComparison(string toolsFolder, TextWriter log)
{
    private sealed record Input(string Id, string Text, string? ReferenceDate);

    private sealed record Item(int Start, int End, string Text, string? Date = null, string? EndDate = null, string? Kind = null);

    private sealed record Output(string Id, List<Item> Items);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>chrono-node's dates as time expressions; null (with the reason logged) when it cannot run.</summary>
    public async Task<IReadOnlyList<EvaluationCase>?> ChronoAsync(IReadOnlyList<EvaluationCase> cases, CancellationToken ct) =>
        await RunAsync("chrono.mjs", cases, ct) is not { } outputs ? null : [.. cases.Select(c =>
        {
            var items = outputs.FirstOrDefault(o => o.Id == c.FileName)?.Items ?? [];
            var times = items.Where(i => Fits(i, c)).Select(i => new TimeExpression(new TextSpan(i.Start, i.End), i.Text, TimeKind.Absolute,
                PartialDate.TryParse(i.Date, out var date) ? date : null, PartialDate.TryParse(i.EndDate, out var end) ? end : null, 0.5, "chrono-node")).ToList();
            return c with { Result = c.Result with { Times = times } };
        })];

    /// <summary>compromise's people and places as actor mentions, resolved by exact name or alias against the same snapshot.</summary>
    public async Task<IReadOnlyList<EvaluationCase>?> CompromiseAsync(IReadOnlyList<EvaluationCase> cases, CancellationToken ct) =>
        await RunAsync("compromise.mjs", cases, ct) is not { } outputs ? null : [.. cases.Select(c =>
        {
            var items = outputs.FirstOrDefault(o => o.Id == c.FileName)?.Items ?? [];
            var mentions = items.Where(i => Fits(i, c)).Select(i =>
            {
                var actor = c.Knowledge.Actors.FirstOrDefault(a => string.Equals(a.Name, i.Text, StringComparison.OrdinalIgnoreCase)
                                                                   || a.Aliases.Any(x => string.Equals(x.Name, i.Text, StringComparison.OrdinalIgnoreCase)));
                var kind = i.Kind switch { "place" => ActorKind.State, "organization" => ActorKind.Organisation, _ => ActorKind.Person };
                return new ActorMention(new TextSpan(i.Start, i.End), i.Text, actor is null ? MentionResolution.New : MentionResolution.Known,
                    actor?.Kind ?? kind, actor?.Id, actor?.Slug, actor is null ? i.Text : null, [], 0.5, "compromise + exact name lookup");
            }).ToList();
            return c with { Result = c.Result with { Actors = new ActorResolution(mentions, []) } };
        })];

    private static bool Fits(Item item, EvaluationCase c) => item.Start >= 0 && item.End >= item.Start && item.End <= c.Result.Article.Text.Length;

    private async Task<List<Output>?> RunAsync(string script, IReadOnlyList<EvaluationCase> cases, CancellationToken ct)
    {
        var path = Path.Combine(toolsFolder, script);
        if (!File.Exists(path))
        {
            await log.WriteLineAsync($"Comparison skipped: {path} does not exist.");
            return null;
        }

        if (!Directory.Exists(Path.Combine(toolsFolder, "node_modules")))
        {
            await log.WriteLineAsync($"Installing the comparison tools: npm ci in {toolsFolder}");
            if (await RunProcessAsync("npm", "ci --no-audit --no-fund", null, ct) is (false, var why))
            {
                await log.WriteLineAsync($"Comparison skipped: 'npm ci' failed in {toolsFolder}: {why}");
                return null;
            }
        }

        var input = JsonSerializer.Serialize(cases.Select(c => new Input(c.FileName, c.Result.Article.Text,
            c.Result.Metadata.Published?.Value.Date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), Json);
        var (ok, output) = await RunProcessAsync("node", script, input, ct);
        if (!ok)
        {
            await log.WriteLineAsync($"Comparison skipped: node {script} failed: {output}");
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<Output>>(output, Json) ?? [];
        }
        catch (JsonException ex)
        {
            await log.WriteLineAsync($"Comparison skipped: node {script} did not write the expected JSON ({ex.Message}).");
            return null;
        }
    }

    private async Task<(bool Ok, string Output)> RunProcessAsync(string file, string arguments, string? stdin, CancellationToken ct)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = toolsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
            }

            process.StandardInput.Close();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0 ? (true, await stdout) : (false, (await stderr).Trim());
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return (false, ex.Message);
        }
    }
}
