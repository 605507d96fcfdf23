using System.Globalization;

namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>A tick on the axis: the start of a year (or month, or day, on a short axis) and whether it is labelled in each variant.</summary>
internal sealed record AxisTick(DateOnly Date, double At, double VAt, string Text, int Weight, IReadOnlySet<string> LabelledIn);

/// <summary>
/// Ticks at every year (month or day when the axis is short), labelled where the labels fit: the first, decades, the years
/// either side of a break (so the jump reads plainly), half-decades, then the rest.
/// </summary>
internal static class AxisTicks
{
    private const double GapPx = 8;

    public static IReadOnlyList<AxisTick> Build(TimeScale horizontal, TimeScale vertical, DateOnly from, DateOnly to, IReadOnlyList<AxisVariant> variants)
    {
        var days = to.DayNumber - from.DayNumber;
        var dates = Dates(from, to, days).ToList();
        var ticks = dates
            .Where(d => !horizontal.Breaks.Any(b => d > b.From && d < b.To))
            .Select(d => (Date: d, At: horizontal.At(d), VAt: vertical.At(d), Text: Text(d, days), Weight: Weight(d, days, horizontal, from)))
            .ToList();
        var labelled = ticks.Select(_ => new HashSet<string>()).ToList();
        foreach (var variant in variants)
        {
            var taken = new List<(double From, double To)>();
            foreach (var i in Enumerable.Range(0, ticks.Count).OrderByDescending(i => ticks[i].Weight).ThenBy(i => ticks[i].Date))
            {
                var at = (variant.Vertical ? ticks[i].VAt : ticks[i].At) * variant.LengthPx;
                var size = variant.Vertical ? Geometry.TickFontPx * 1.4 : TextMetrics.Width(ticks[i].Text, Geometry.TickFontPx) + 4;
                var box = variant.Vertical ? (at - size / 2, at + size / 2) : (at, at + size);
                if (box.Item2 > variant.LengthPx + (variant.Vertical ? size : Geometry.TrackInsetPx) || taken.Any(t => box.Item1 < t.To + GapPx && t.From < box.Item2 + GapPx))
                {
                    continue;
                }

                taken.Add(box);
                labelled[i].Add(variant.Name);
            }
        }

        return ticks.Select((t, i) => new AxisTick(t.Date, t.At, t.VAt, t.Text, t.Weight, labelled[i])).ToList();
    }

    private static IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to, int days)
    {
        for (var d = from; d <= to; d = days >= 6 * 365 ? d.AddYears(1) : days >= 180 ? d.AddMonths(1) : d.AddDays(1))
        {
            yield return d;
        }
    }

    private static string Text(DateOnly d, int days) =>
        days >= 6 * 365 ? d.Year.ToString(CultureInfo.InvariantCulture)
        : days >= 180 ? d.ToString(d.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture)
        : d.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>The axis' first tick, then decades (or years, months), then the ticks beside a break, then half-decades.</summary>
    private static int Weight(DateOnly d, int days, TimeScale scale, DateOnly from)
    {
        if (d == from)
        {
            return 5;
        }

        var level = days >= 6 * 365 ? (d.Year % 10 == 0 ? 4 : d.Year % 5 == 0 ? 2 : 0)
            : days >= 180 ? (d.Month == 1 ? 4 : d.Month % 3 == 1 ? 2 : 0)
            : (d.Day == 1 ? 4 : d.Day % 7 == 1 ? 2 : 0);
        var nearBreak = scale.Breaks.Any(b => Math.Abs(d.DayNumber - b.From.DayNumber) < 366 || Math.Abs(d.DayNumber - b.To.DayNumber) < 366);
        return Math.Max(level, nearBreak ? 3 : 0);
    }
}
