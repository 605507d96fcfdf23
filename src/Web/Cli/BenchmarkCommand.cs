using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Evaluation;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// <c>ingest-benchmark --articles 10000</c>: generates varied synthetic articles and times stages 1–5 of the
/// pipeline over them against the curated knowledge, on every core; reports articles per second, peak memory and
/// the load average (the machine is shared). <c>--write DIR</c> also writes the corpus, to time <c>ingest</c>
/// and POST /api/v1/ingest on the same files (docs/performance.md). Touches no database.
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to generate.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed, for a repeatable corpus.", DefaultValueFactory = _ => 2024 };
        var write = new Option<DirectoryInfo?>("--write") { Description = "Also write the corpus to this folder (one file per article)." };
        var command = new Command("ingest-benchmark", "Time pipeline stages 1–5 over a generated corpus: articles per second and peak memory.") { articles, seed, write };
        command.SetAction(async (result, ct) =>
        {
            var count = result.GetValue(articles);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("--articles must be at least 1.");
                return 2;
            }

            var corpus = new ArticleGenerator(result.GetValue(seed)).Generate(count).ToList();
            if (result.GetValue(write) is { } folder)
            {
                folder.Create();
                foreach (var article in corpus)
                {
                    await File.WriteAllTextAsync(Path.Combine(folder.FullName, article.FileName!), article.Content, ct);
                }
            }

            var knowledge = await HonestKnowledge.FromBundleAsync(BundleImporter.Parse(BundleExporter.ReadCuratedJson()), ct);
            var characters = corpus.Sum(a => (long)a.Content.Length);
            RunStages(corpus.Take(Math.Min(200, count)).ToList(), knowledge); // warm up the JIT and the stages' caches
            // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var found = RunStages(corpus, knowledge);
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", ct)).Split(' ')[..3] : ["?", "?", "?"];
            var report = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"articles: {count} ({characters / 1024.0 / 1024.0:0.0} MiB of text, {corpus.Count(a => a.Format == SourceFormat.Html)} HTML)")
                .AppendLine(CultureInfo.InvariantCulture, $"stages 1-5: {clock.Elapsed.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores = {count / clock.Elapsed.TotalSeconds:0} articles/s")
                .AppendLine(CultureInfo.InvariantCulture, $"CPU time: {cpu.TotalSeconds:0.00} s = {count / cpu.TotalSeconds:0} articles per CPU-second ({Environment.ProcessorCount * count / cpu.TotalSeconds:0} articles/s on {Environment.ProcessorCount} idle cores)")
                .AppendLine(CultureInfo.InvariantCulture, $"found: {found.Mentions} actor mentions, {found.Times} time expressions, {found.Claims} claims")
                .AppendLine(CultureInfo.InvariantCulture, $"peak working set: {peak / 1024.0 / 1024.0:0} MiB")
                .AppendLine(CultureInfo.InvariantCulture, $"load average (1, 5, 15 min): {string.Join(' ', load)}");
            Console.Write(report);
            return 0;
        });
        return command;
    }

    private static (long Mentions, long Times, long Claims) RunStages(IReadOnlyList<RawArticle> corpus, KnowledgeSnapshot knowledge)
    {
        long mentions = 0, times = 0, claims = 0;
        // One instance of each stage, shared as the pipeline shares them: their Run is pure.
        var (cleaner, extractor, resolver, resolverOfTimes, extractorOfClaims) = (new ArticleCleaner(), new MetadataExtractor(), new ActorResolver(), new TimeResolver(), new ClaimExtractor());
        Parallel.ForEach(corpus, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, raw =>
        {
            var article = cleaner.Run(raw);
            var metadata = extractor.Run(raw, article, knowledge);
            var actors = resolver.Run(article, metadata, knowledge);
            var found = resolverOfTimes.Run(article, metadata);
            var proposals = extractorOfClaims.Run(article, metadata, actors, found);
            Interlocked.Add(ref mentions, actors.Mentions.Count);
            Interlocked.Add(ref times, found.Count);
            Interlocked.Add(ref claims, proposals.Count);
        });
        return (mentions, times, claims);
    }
}
