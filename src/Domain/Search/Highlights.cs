namespace NewsTreaty.Domain.Search;

/// <summary>
/// The engines mark matched words with control characters (STX before, ETX after: characters no article
/// uses); this turns their output into plain runs. A stray marker in stored text can at worst mark a word,
/// never make markup: the runs are text, encoded by whoever shows them.
/// </summary>
internal static class Highlights
{
    public const char Start = '\u0002';
    public const char Stop = '\u0003';

    public static List<TextRun> Parse(string? marked, int maxLength = int.MaxValue)
    {
        var runs = new List<TextRun>();
        if (string.IsNullOrEmpty(marked))
        {
            return runs;
        }

        var hit = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Start && marked[i] != Stop)
            {
                continue;
            }

            if (i > start)
            {
                runs.Add(new TextRun(marked[start..i], hit));
            }

            if (i < marked.Length)
            {
                hit = marked[i] == Start;
            }

            start = i + 1;
        }

        return Trim(runs, maxLength);
    }

    /// <summary>Long text cut to about <paramref name="maxLength"/> characters around its first match.</summary>
    private static List<TextRun> Trim(List<TextRun> runs, int maxLength)
    {
        var total = runs.Sum(r => r.Text.Length);
        if (total <= maxLength)
        {
            return runs;
        }

        var before = runs.TakeWhile(r => !r.Hit).Sum(r => r.Text.Length);
        var from = Math.Clamp(before - maxLength / 3, 0, total - maxLength);
        var result = new List<TextRun>();
        var at = 0;
        foreach (var run in runs)
        {
            var s = Math.Max(from, at);
            var e = Math.Min(from + maxLength, at + run.Text.Length);
            if (e > s)
            {
                result.Add(run with { Text = run.Text[(s - at)..(e - at)] });
            }

            at += run.Text.Length;
        }

        if (from > 0)
        {
            result.Insert(0, new TextRun("…", false));
        }

        if (from + maxLength < total)
        {
            result.Add(new TextRun("…", false));
        }

        return result;
    }
}
