using System.Text.Json;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>Reads a gold file (tools/eval/gold/NAME.json): { "description": ..., "files": { "seed.txt": ... } }.</summary>
internal static class Gold
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, T> Read<T>(string goldFolder, string name)
    {
        var path = Path.Combine(goldFolder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gold file {path} is missing: the scorers read their gold from the folder given (tools/eval/gold).", path);
        }

        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<GoldDocument<T>>(stream, Options);
        return document?.Files ?? [];
    }

    /// <summary>
    /// Two dates agree when they are the same date; when either is approximate, when their ranges meet, with an
    /// approximate day allowed a day either side (an inferred "today" depends on the writer's time zone).
    /// </summary>
    public static bool Agree(PartialDate? predicted, PartialDate? predictedEnd, PartialDate? gold, PartialDate? goldEnd)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        if (!gold.Approximate && !predicted.Approximate)
        {
            return gold.ToString() == predicted.ToString() && goldEnd?.ToString() == predictedEnd?.ToString();
        }

        var slack = gold.Approximate && gold.Precision == DatePrecision.Day || predicted.Approximate && predicted.Precision == DatePrecision.Day ? 1 : 0;
        var (gs, ge) = (gold.Start.DayNumber - slack, (goldEnd ?? gold).End.DayNumber + slack);
        var (ps, pe) = (predicted.Start.DayNumber, (predictedEnd ?? predicted).End.DayNumber);
        return ps <= ge && gs <= pe;
    }

    public static PartialDate? Date(string? edtf) => edtf is null ? null : PartialDate.Parse(edtf);

    private sealed record GoldDocument<T>(string? Description, Dictionary<string, T>? Files);
}

internal sealed record GoldSpan(int Start, int End, string? Label, string? Words, string? Text, string? Date, string? EndDate);

internal sealed record GoldPublication(string Date, string Basis, string? Time, string? TimeZone, int[]? Evidence);
