using System.Text.RegularExpressions;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Time;

/// <summary>
/// Finds and resolves the time expressions of one paragraph: every pattern family proposes candidates (the
/// parsers), overlapping ones give way to the longest, quantities that look like years are refused, and
/// "between May and September" / "from 2016 to 2017" are merged into ranges (the refiners).
/// </summary>
internal static class TimeScanner
{
    private static readonly (Family Family, Func<Regex> Pattern)[] Parsers =
    [
        (Family.FullDate, TimePatterns.FullDate),
        (Family.NumericDate, TimePatterns.NumericDate),
        (Family.MonthYear, TimePatterns.MonthYear),
        (Family.SeasonYear, TimePatterns.SeasonYear),
        (Family.DayMonth, TimePatterns.DayMonth),
        (Family.RelativeMonth, TimePatterns.RelativeMonth),
        (Family.MonthPosition, TimePatterns.MonthPosition),
        (Family.MonthAlone, TimePatterns.MonthAlone),
        (Family.Decade, TimePatterns.Decade),
        (Family.Year, TimePatterns.YearNumber),
        (Family.Weekday, TimePatterns.WeekdayName),
        (Family.Deictic, TimePatterns.Deictic),
        (Family.UnitPosition, TimePatterns.UnitPosition),
        (Family.RelativeUnit, TimePatterns.RelativeUnit),
        (Family.RelativeUnit, TimePatterns.RelativeUnitPossessive),
        (Family.Ago, TimePatterns.Ago),
        (Family.Offset, TimePatterns.Offset),
        (Family.Anaphoric, TimePatterns.AnaphoricUnit),
        (Family.Duration, TimePatterns.Duration),
    ];

    public static void Scan(string text, TextSpan span, Reference? reference, List<TimeExpression> output)
    {
        var candidates = new List<TimeCandidate>();
        foreach (var (family, pattern) in Parsers)
        {
            for (var m = pattern().Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
            {
                var candidate = new TimeCandidate(family, m);
                if (m.Length > 0 && Accept(candidate, text, span))
                {
                    candidates.Add(candidate);
                }
            }
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var found = new List<(TimeCandidate Candidate, Resolution Resolution)>();
        PartialDate? anchor = null;
        var lastEnd = span.Start;
        foreach (var candidate in candidates)
        {
            if (candidate.Start < lastEnd)
            {
                continue;
            }

            lastEnd = candidate.End;
            var clause = ClauseOf(text, span, candidate);
            var resolution = TimeRules.Resolve(candidate, reference, anchor, clause);
            if (resolution.Date is { } date && resolution.Kind != TimeKind.Duration)
            {
                anchor = resolution.EndDate ?? date;
            }

            found.Add((candidate, Quoted(text, span, candidate, resolution)));
        }

        Emit(text, span, found, output);
    }

    private static bool Accept(TimeCandidate c, string text, TextSpan span)
    {
        var before = text.AsSpan(span.Start, c.Start - span.Start);
        var after = text.AsSpan(c.End, span.End - c.End);
        switch (c.Family)
        {
            case Family.Year:
                // "nearly 2000 troops" is a quantity; "the 1962 crossing" and "in 1961" are years.
                return !(TimePatterns.QuantityBefore().IsMatch(before[Math.Max(0, before.Length - 20)..].ToString())
                    && TimePatterns.QuantityAfter().IsMatch(after[..Math.Min(after.Length, 30)].ToString()))
                    && !TimePatterns.QuantityAfter().IsMatch(after[..Math.Min(after.Length, 30)].ToString());
            case Family.Duration:
                // "a day" after a number is a rate ("30,000 vehicles a day"); only a preposition makes it a span.
                var n = c.Group("n");
                if (n is "a" or "an" or "A" or "An" && !c.Has("mod"))
                {
                    var word = LastWord(before);
                    return word is "in" or "for" or "within" or "over" or "under" or "after" or "of" or "than" or "past" or "last" or "next" or "about";
                }

                return true;
            default:
                return true;
        }
    }

    private static string LastWord(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return trimmed[(space + 1)..].ToString().ToLowerInvariant();
    }

    private static Clause ClauseOf(string text, TextSpan span, TimeCandidate c)
    {
        var start = c.Start;
        var limit = Math.Max(span.Start, c.Start - 200);
        while (start > limit && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = c.End;
        var endLimit = Math.Min(span.End, c.End + 120);
        while (end < endLimit && !IsSentenceEnd(text, end))
        {
            end++;
        }

        var before = text[start..c.Start];
        var after = text[c.End..end];
        // The cue nearest before the expression decides; with none before it, the first one after it.
        var cue = LastCue(before) ?? FirstCue(after.Length > 60 ? after[..60] : after);
        return new Clause(before, after, cue == true);
    }

    private static bool? LastCue(string text)
    {
        var future = TimePatterns.FutureCue().Matches(text) is { Count: > 0 } f ? f[^1].Index : -1;
        var past = TimePatterns.PastCue().Matches(text) is { Count: > 0 } p ? p[^1].Index : -1;
        return future < 0 && past < 0 ? null : future > past;
    }

    private static bool? FirstCue(string text)
    {
        var future = TimePatterns.FutureCue().Match(text);
        var past = TimePatterns.PastCue().Match(text);
        return !future.Success && !past.Success ? null : future.Success && (!past.Success || future.Index < past.Index);
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '.' or '?' or '!' or ';' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '’');

    /// <summary>"Today" inside a quotation is the speaker's day, which the article's date only approximates.</summary>
    private static Resolution Quoted(string text, TextSpan span, TimeCandidate c, Resolution resolution)
    {
        if (c.Family is not (Family.Deictic or Family.Weekday) || resolution.Date is null)
        {
            return resolution;
        }

        var opens = 0;
        for (var i = span.Start; i < c.Start; i++)
        {
            opens += text[i] switch { '“' => 1, '”' => -1, '"' => opens > 0 ? -1 : 1, _ => 0 };
        }

        return opens > 0 ? resolution with { Confidence = resolution.Confidence * 0.7, Note = "in a quotation: the speaker's day may be earlier than the article's" } : resolution;
    }

    private static void Emit(string text, TextSpan span, List<(TimeCandidate Candidate, Resolution Resolution)> found, List<TimeExpression> output)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var (candidate, resolution) = found[i];
            var start = candidate.Start;
            var end = candidate.End;
            if (i + 1 < found.Count && Ranges.TryMerge(text, span, found[i], found[i + 1], out var merged))
            {
                end = found[i + 1].Candidate.End;
                resolution = merged;
                i++;
            }

            output.Add(new TimeExpression(new TextSpan(start, end), text[start..end], resolution.Kind, resolution.Date, resolution.EndDate,
                Math.Round(resolution.Confidence, 2), resolution.Note));
        }
    }
}

/// <summary>The range refiner: two dated expressions joined by "to", "and" (after "between") or a dash.</summary>
internal static partial class Ranges
{
    public static bool TryMerge(string text, TextSpan span, (TimeCandidate Candidate, Resolution Resolution) first,
        (TimeCandidate Candidate, Resolution Resolution) second, out Resolution merged)
    {
        merged = first.Resolution;
        if (first.Resolution.Date is not { } from || second.Resolution.Date is not { } to || first.Resolution.Kind == TimeKind.Duration || second.Resolution.Kind == TimeKind.Duration)
        {
            return false;
        }

        var between = text.AsSpan(first.Candidate.End, second.Candidate.Start - first.Candidate.End).Trim().ToString();
        var lead = text.AsSpan(span.Start, first.Candidate.Start - span.Start).TrimEnd();
        var opened = lead.EndsWith("between", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("from", StringComparison.OrdinalIgnoreCase);
        var joins = between is "-" or "–" or "—" || (opened && between is "to" or "and" or "until" or "till" or "through");
        var last = second.Resolution.EndDate ?? to;
        if (!joins || last < from)
        {
            return false;
        }

        var kind = first.Resolution.Kind == TimeKind.Absolute && second.Resolution.Kind == TimeKind.Absolute ? TimeKind.Absolute : TimeKind.Relative;
        merged = new Resolution(kind, from, last, Math.Min(first.Resolution.Confidence, second.Resolution.Confidence), "a range");
        return true;
    }
}
