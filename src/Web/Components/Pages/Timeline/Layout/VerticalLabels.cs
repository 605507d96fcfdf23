namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// Places labels beside a vertical spine: stacked in axis order without overlaps, each as close to its mark as
/// the others allow (least squares, solved exactly by pool-adjacent-violators), within the spine's length. Labels
/// are admitted in rank order; one that would not fit, or would push any label more than
/// <see cref="Geometry.MaxShiftPx"/> from its mark, gives way.
/// </summary>
internal static class VerticalLabels
{
    public static IReadOnlyList<LabelSpot> Place(IEnumerable<LabelRequest> labels, double length)
    {
        var accepted = new List<LabelRequest>();
        double[] tops = [];
        foreach (var label in labels.OrderBy(l => l.Rank).ThenBy(l => l.AnchorPx))
        {
            var trial = accepted.Append(label).OrderBy(l => l.AnchorPx).ThenBy(l => l.Rank).ToList();
            if (Solve(trial, length) is { } solved)
            {
                accepted = trial;
                tops = solved;
            }
        }

        return accepted.Select((l, i) => new LabelSpot(l.Key, tops[i], false)).ToList();
    }

    /// <summary>
    /// Tops p minimising Σ(p − desired)² with p[i+1] ≥ p[i] + height[i] + gap and 0 ≤ p, last bottom ≤ length;
    /// null when they do not fit or some label moves too far. Substituting q[i] = p[i] − (heights and gaps before i)
    /// turns it into isotonic regression of the shifted targets, whose bounded solution is the clipped one.
    /// </summary>
    private static double[]? Solve(List<LabelRequest> labels, double length)
    {
        var n = labels.Count;
        var before = new double[n];
        for (var i = 1; i < n; i++)
        {
            before[i] = before[i - 1] + labels[i - 1].Height + Geometry.LabelGapPx;
        }

        var room = length - (before[^1] + labels[^1].Height);
        if (room < 0)
        {
            return null;
        }

        var targets = labels.Select((l, i) => Desired(l) - before[i]).ToArray();
        var q = Isotonic(targets);
        var tops = new double[n];
        for (var i = 0; i < n; i++)
        {
            tops[i] = Math.Clamp(q[i], 0, room) + before[i];
            if (Math.Abs(tops[i] - Desired(labels[i])) > Geometry.MaxShiftPx)
            {
                return null;
            }
        }

        return tops;
    }

    /// <summary>The label's first line centred on its mark (its anchor offset says where in the box that is).</summary>
    private static double Desired(LabelRequest l) => l.AnchorPx - l.AnchorOffsetPx;

    /// <summary>Pool-adjacent-violators: the non-decreasing sequence closest to <paramref name="y"/> in least squares.</summary>
    internal static double[] Isotonic(IReadOnlyList<double> y)
    {
        var means = new List<double>();
        var sizes = new List<int>();
        foreach (var value in y)
        {
            means.Add(value);
            sizes.Add(1);
            while (means.Count > 1 && means[^2] > means[^1])
            {
                var size = sizes[^2] + sizes[^1];
                var mean = (means[^2] * sizes[^2] + means[^1] * sizes[^1]) / size;
                means.RemoveAt(means.Count - 1);
                sizes.RemoveAt(sizes.Count - 1);
                means[^1] = mean;
                sizes[^1] = size;
            }
        }

        var result = new double[y.Count];
        var k = 0;
        for (var b = 0; b < means.Count; b++)
        {
            for (var j = 0; j < sizes[b]; j++)
            {
                result[k++] = means[b];
            }
        }

        return result;
    }
}
