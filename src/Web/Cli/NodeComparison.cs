using System.Diagnostics;
using System.Text.Json;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// Runs npm's chrono-node (dates) and compromise (people and places) on the same cleaned texts as the pipeline,
/// through tools/eval/chrono.mjs and compromise.mjs (their contract is in tools/eval/README.md: <c>{texts: [{id,
/// text, reference}]}</c> in, <c>{system, version, results: [{id, expressions | entities}]}</c> out, UTF-16
/// offsets). Each part of the cleaned text goes as its own text, as the pipeline reads it, and its offset is added
/// back; what they find is scored by the same scorers as the pipeline's own output.
/// </summary>
internal sealed class NodeComparison(string toolsFolder, TextWriter log)
{
    /// <summary>The parts stage 4 reads; chrono-node gets the same ones (a byline or timestamp is not a time expression to score).</summary>
    private static readonly ArticlePart[] TimeParts = [ArticlePart.Headline, ArticlePart.Standfirst, ArticlePart.Caption, ArticlePart.Body];

    private sealed record Text(string Id, string Content, string? Reference);

    private sealed record Found(int Start, int End, string? Date = null, string? EndDate = null);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The system and version a script reported, for the table (e.g. "chrono-node 2.10.3").</summary>
    public Dictionary<string, string> Systems { get; } = [];

    /// <summary>chrono-node's dates in the cleaned texts; null (with the reason logged) when it cannot run.</summary>
    public async Task<IReadOnlyList<FoundTime>?> ChronoAsync(IReadOnlyList<EvaluationCase> cases, CancellationToken ct) =>
        await RunAsync("chrono.mjs", "expressions", Parts(cases, TimeParts), ct) is not { } found ? null
            : [.. found.Select(f => new FoundTime(f.File, f.Found.Start, f.Found.End, f.Found.Date, f.Found.EndDate))];

    /// <summary>compromise's people, places and organisations in the cleaned texts (found, not linked to actors).</summary>
    public async Task<IReadOnlyList<FoundMention>?> CompromiseAsync(IReadOnlyList<EvaluationCase> cases, CancellationToken ct) =>
        await RunAsync("compromise.mjs", "entities", Parts(cases, null), ct) is not { } found ? null
            : [.. found.Select(f => new FoundMention(f.File, f.Found.Start, f.Found.End))];

    private static List<(string File, int Offset, Text Text)> Parts(IReadOnlyList<EvaluationCase> cases, ArticlePart[]? only) =>
        [.. cases.SelectMany(c => c.Result.Article.Parts.Where(p => only is null || only.Contains(p.Part)).Select(p => (c.FileName, p.Span.Start,
            new Text($"{c.FileName}#{p.Span.Start}", p.Span.Of(c.Result.Article.Text),
                c.Result.Metadata.Published?.Value.Date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))))];

    private async Task<List<(string File, Found Found)>?> RunAsync(string script, string listName, List<(string File, int Offset, Text Text)> parts, CancellationToken ct)
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

        var input = JsonSerializer.Serialize(new { texts = parts.Select(p => new { id = p.Text.Id, text = p.Text.Content, reference = p.Text.Reference }) }, Json);
        var (ok, output) = await RunProcessAsync("node", script, input, ct);
        if (!ok)
        {
            await log.WriteLineAsync($"Comparison skipped: node {script} failed: {output}");
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            Systems[script] = $"{root.GetProperty("system").GetString()} {root.GetProperty("version").GetString()}";
            var byId = parts.ToDictionary(p => p.Text.Id);
            var found = new List<(string, Found)>();
            foreach (var result in root.GetProperty("results").EnumerateArray())
            {
                if (!byId.TryGetValue(result.GetProperty("id").GetString() ?? "", out var part))
                {
                    continue;
                }

                foreach (var item in result.GetProperty(listName).Deserialize<List<Found>>(Json) ?? [])
                {
                    if (item.Start >= 0 && item.End > item.Start && item.End <= part.Text.Content.Length)
                    {
                        found.Add((part.File, item with { Start = item.Start + part.Offset, End = item.End + part.Offset }));
                    }
                }
            }

            return found;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
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
