namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>A stretch of time with no event that the axis draws shorter than its length, marked as a break.</summary>
internal sealed record AxisBreak(DateOnly From, DateOnly To, double AtFrom, double AtTo);

/// <summary>
/// An axis scale that follows the events: positions (0–1) blend calendar time, with long empty stretches cut
/// short, and the events' order, so a year with eight events gets more room than an empty decade. Dense periods
/// widen, empty decades shrink to a marked break, and the map stays monotone, so order and ticks stay true.
/// A share of equal room per era can be blended in too, where era names need room of their own (a vertical spine
/// places each era's name beside its start).
/// </summary>
internal sealed class TimeScale
{
    private readonly int[] _days;
    private readonly double[] _at;

    private TimeScale(int[] days, double[] at, IReadOnlyList<AxisBreak> breaks)
    {
        _days = days;
        _at = at;
        Breaks = breaks;
    }

    public IReadOnlyList<AxisBreak> Breaks { get; }

    /// <summary>Weights of calendar time, event order and equal era room; they sum to one.</summary>
    public sealed record Blend(double Time, double Order, double Eras = 0);

    /// <summary>For a horizontal axis, whose era names sit in rows of their own below it.</summary>
    public static readonly Blend Horizontal = new(0.4, 0.6);

    /// <summary>For a vertical spine, where each era's name takes room beside the events at its start.</summary>
    public static readonly Blend Vertical = new(0.3, 0.45, 0.25);

    /// <summary>
    /// <paramref name="spans"/> are the events' (start, end) dates; <paramref name="eraStarts"/> the eras' first days.
    /// A gap between events longer than a tenth of the whole span (and at least three years) becomes a break a
    /// quarter of that threshold long in calendar terms.
    /// </summary>
    public static TimeScale Build(IReadOnlyList<(DateOnly Start, DateOnly End)> spans, IReadOnlyList<DateOnly> eraStarts, DateOnly from, DateOnly to, Blend blend)
    {
        var first = from.DayNumber;
        var last = Math.Max(to.DayNumber, first + 1);
        var threshold = Math.Max(3 * 365.25, (last - first) / 10.0);
        var (timeKnots, gaps) = CompressedTime(spans, first, last, threshold);
        var time = new Piecewise(timeKnots);
        var order = OrderShare(spans, time, first, last);
        var eras = EraShare(eraStarts, time, first, last);

        var knots = timeKnots.Select(k => k.Day).Concat(order.Days).Concat(eras.Days).Append(first).Append(last)
            .Where(d => d >= first && d <= last).Distinct().Order().ToArray();
        var total = time.At(last);
        var at = knots.Select(d => blend.Time * time.At(d) / total + blend.Order * order.At(time.At(d)) + blend.Eras * eras.At(time.At(d))).ToArray();
        var scale = new TimeScale(knots, at, []);
        var breaks = gaps.Select(g => new AxisBreak(DateOnly.FromDayNumber(g.From), DateOnly.FromDayNumber(g.To), scale.At(g.From), scale.At(g.To))).ToList();
        return new TimeScale(knots, at, breaks);
    }

    public double At(DateOnly date) => At(date.DayNumber);

    private double At(int day)
    {
        if (day <= _days[0])
        {
            return _at[0];
        }

        if (day >= _days[^1])
        {
            return _at[^1];
        }

        var i = Array.BinarySearch(_days, day);
        if (i >= 0)
        {
            return _at[i];
        }

        i = ~i;
        var t = (day - _days[i - 1]) / (double)(_days[i] - _days[i - 1]);
        return _at[i - 1] + t * (_at[i] - _at[i - 1]);
    }

    /// <summary>Calendar time with every gap longer than <paramref name="threshold"/> days cut to a quarter of it.</summary>
    private static (List<(int Day, double Value)> Knots, List<(int From, int To)> Gaps) CompressedTime(
        IReadOnlyList<(DateOnly Start, DateOnly End)> spans, int first, int last, double threshold)
    {
        var knots = new List<(int Day, double Value)> { (first, 0) };
        var gaps = new List<(int From, int To)>();
        var covered = first;
        double value = 0;
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            var s = Math.Clamp(start.DayNumber, first, last);
            if (s - covered > threshold)
            {
                // The break keeps a little calendar time either side, so marks at its edges do not sit on it.
                var margin = (int)(threshold / 8);
                var gapFrom = covered + margin;
                var gapTo = s - margin;
                value += gapFrom - covered;
                knots.Add((gapFrom, value));
                value += threshold / 4;
                knots.Add((gapTo, value));
                gaps.Add((gapFrom, gapTo));
                covered = gapTo;
            }

            var e = Math.Clamp(Math.Max(end.DayNumber, s), first, last);
            if (e > covered)
            {
                value += e - covered;
                knots.Add((e, value));
                covered = e;
            }
        }

        if (last > covered)
        {
            knots.Add((last, value + last - covered));
        }

        return (knots, gaps);
    }

    /// <summary>Share of events before each point: each distinct start day sits at the middle of its events' share.</summary>
    private static Piecewise OrderShare(IReadOnlyList<(DateOnly Start, DateOnly End)> spans, Piecewise time, int first, int last)
    {
        var n = Math.Max(spans.Count, 1);
        var knots = new List<(int Day, double Value)> { (first, 0) };
        var before = 0;
        foreach (var group in spans.GroupBy(s => Math.Clamp(s.Start.DayNumber, first, last)).OrderBy(g => g.Key))
        {
            var count = group.Count();
            knots.Add((group.Key, (before + count / 2.0) / n));
            before += count;
        }

        knots.Add((last, 1));
        return Piecewise.OverTime(Dedupe(knots), time);
    }

    /// <summary>Equal room per era: with K era starts inside the axis, the k-th is at k/(K+1).</summary>
    private static Piecewise EraShare(IReadOnlyList<DateOnly> eraStarts, Piecewise time, int first, int last)
    {
        var starts = eraStarts.Select(d => d.DayNumber).Where(d => d > first && d < last).Distinct().Order().ToList();
        var knots = new List<(int Day, double Value)> { (first, 0) };
        knots.AddRange(starts.Select((day, k) => (day, (k + 1.0) / (starts.Count + 1))));
        knots.Add((last, 1));
        return Piecewise.OverTime(knots, time);
    }

    /// <summary>Several events on the first or last day share the end knot: keep the later value so the map stays monotone.</summary>
    private static List<(int Day, double Value)> Dedupe(List<(int Day, double Value)> knots) =>
        knots.GroupBy(k => k.Day).Select(g => (g.Key, g.Max(k => k.Value))).OrderBy(k => k.Key).ToList();

    /// <summary>A monotone piecewise-linear function, through knots sorted by x.</summary>
    private sealed class Piecewise
    {
        private readonly double[] _x;
        private readonly double[] _y;

        public Piecewise(IReadOnlyList<(int Day, double Value)> knots, Piecewise? over = null)
        {
            Days = knots.Select(k => k.Day).ToList();
            _x = knots.Select(k => over is null ? k.Day : over.At(k.Day)).ToArray();
            _y = knots.Select(k => k.Value).ToArray();
        }

        public IReadOnlyList<int> Days { get; }

        /// <summary>A function whose knots are given by day but interpolated over compressed time.</summary>
        public static Piecewise OverTime(List<(int Day, double Value)> knots, Piecewise time) => new(knots, time);

        public double At(double x)
        {
            if (x <= _x[0])
            {
                return _y[0];
            }

            if (x >= _x[^1])
            {
                return _y[^1];
            }

            var i = Array.BinarySearch(_x, x);
            if (i >= 0)
            {
                return _y[i];
            }

            i = ~i;
            var span = _x[i] - _x[i - 1];
            return span <= 0 ? _y[i] : _y[i - 1] + (x - _x[i - 1]) / span * (_y[i] - _y[i - 1]);
        }
    }
}
