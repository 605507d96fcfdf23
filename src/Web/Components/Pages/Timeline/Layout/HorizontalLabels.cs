namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// Places labels above a horizontal axis without collisions. Labels go tier by tier (most important first), in
/// rank order within a tier; each takes the lowest free height, opening to the right of its mark or, failing that,
/// to the left, narrower and taller if it must, and keeps clear of marks whose labels are still to come when it
/// can. A label
/// never covers another label or another label's leader line, and its own leader crosses no label. A label with
/// no room within <paramref name="areaHeight"/> gives way: its mark stays, named and reachable, and its text
/// shows on hover and focus and in the list.
/// </summary>
internal static class HorizontalLabels
{
    private const double LeaderClearance = 3;

    private readonly record struct Box(double X0, double X1, double Y0, double Y1, double LeaderX, bool Left, double? Limit);

    public static IReadOnlyList<LabelSpot> Place(IEnumerable<LabelRequest> requests, double trackWidth, double areaHeight)
    {
        var labels = requests.ToList(); // read once: each tier also looks at the tier below
        var placed = new List<Box>();
        var spots = new List<LabelSpot>();
        foreach (var tier in labels.GroupBy(l => l.Tier).OrderByDescending(g => g.Key))
        {
            // Greedy in rank order first; when some of the tier give way, retry with those first (a label placed
            // early can shut out a neighbour that would have fitted), and keep whichever names more of the tier's events.
            var order = tier.OrderBy(l => l.Rank).ThenBy(l => l.AnchorPx).ToList();
            var below = labels.Where(l => l.Tier == tier.Key - 1).Select(l => l.AnchorPx).ToList();
            var best = PlaceTier(order, below, trackWidth, areaHeight, placed);
            var weights = order.ToDictionary(l => l.Key, l => l.Weight);
            int Shown((List<Box>, List<LabelSpot> Spots) result) => result.Spots.Sum(s => weights[s.Key]);
            for (var attempt = 0; attempt < 3 && best.Spots.Count < order.Count; attempt++)
            {
                var failed = order.Where(l => best.Spots.All(s => s.Key != l.Key)).ToList();
                order = failed.Concat(order.Except(failed)).ToList();
                var retry = PlaceTier(order, below, trackWidth, areaHeight, placed);
                if (Shown(retry) > Shown(best))
                {
                    best = retry;
                }
            }

            placed = best.Placed;
            spots.AddRange(best.Spots);
        }

        return spots;
    }

    /// <summary>
    /// One tier, greedily: each label takes the candidate covering the fewest marks of its tier still waiting, then
    /// the lowest, then covering the fewest marks of the next tier down (<paramref name="below"/>), then the widest,
    /// then the right-opening one; among equals, the first in <see cref="Candidates"/>' order.
    /// </summary>
    /// <remarks>
    /// Written as loops rather than one LINQ ordering of the candidates: on the timeline page of a large collection
    /// that ordering allocated about 80 MB a render (docs/performance.md, "The read cache stores what is asked for twice").
    /// </remarks>
    private static (List<Box> Placed, List<LabelSpot> Spots) PlaceTier(
        List<LabelRequest> queue, List<double> below, double trackWidth, double areaHeight, List<Box> before)
    {
        var placed = before.ToList();
        // The heights a box may sit at: the marks' line, and just above each placed box.
        var heights = new SortedSet<double>(placed.Select(b => b.Y1 + Geometry.LabelGapPx)) { 0 };
        var spots = new List<LabelSpot>();
        for (var i = 0; i < queue.Count; i++)
        {
            var label = queue[i];
            Box? best = null;
            var bestWaiting = 0;
            foreach (var box in Candidates(label, trackWidth, heights))
            {
                if (!(box.Y1 <= areaHeight) || !Fits(box, placed))
                {
                    continue;
                }

                // Marks still waiting for their labels: covering one would force its label higher or out.
                var waiting = CoveredAnchors(box, queue, i + 1);
                if (best is not { } current || Better(box, waiting, current, bestWaiting, below))
                {
                    best = box;
                    bestWaiting = waiting;
                }
            }

            if (best is not { } chosen)
            {
                continue;
            }

            placed.Add(chosen);
            heights.Add(chosen.Y1 + Geometry.LabelGapPx);
            // The shift is from the mark to the box's near edge: its left edge, or its right edge when it opens left.
            spots.Add(new LabelSpot(label.Key, chosen.Y0, chosen.Left, (chosen.Left ? chosen.X1 : chosen.X0) - label.AnchorPx) { Limit = chosen.Limit, Width = chosen.X1 - chosen.X0 });
        }

        return (placed, spots);
    }

    /// <summary>Whether <paramref name="box"/> comes strictly before <paramref name="current"/> by the keys of <see cref="PlaceTier"/>.</summary>
    private static bool Better(Box box, int waiting, Box current, int currentWaiting, List<double> below)
    {
        var order = waiting.CompareTo(currentWaiting);
        if (order == 0)
        {
            order = box.Y0.CompareTo(current.Y0);
        }

        if (order == 0)
        {
            order = Covered(box, below).CompareTo(Covered(current, below));
        }

        if (order == 0)
        {
            order = (current.Limit ?? double.MaxValue).CompareTo(box.Limit ?? double.MaxValue); // wider first
        }

        if (order == 0)
        {
            order = box.Left.CompareTo(current.Left); // right-opening first
        }

        return order < 0;
    }

    private static int CoveredAnchors(Box box, List<LabelRequest> queue, int from)
    {
        var count = 0;
        for (var k = from; k < queue.Count; k++)
        {
            if (Covers(box, queue[k].AnchorPx))
            {
                count++;
            }
        }

        return count;
    }

    private static int Covered(Box box, List<double> anchors)
    {
        var count = 0;
        foreach (var x in anchors)
        {
            if (Covers(box, x))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Right-opening then left-opening boxes, preferred size then narrower, at each of <paramref name="heights"/>, lowest first.</summary>
    private static IEnumerable<Box> Candidates(LabelRequest label, double trackWidth, SortedSet<double> heights)
    {
        var x = label.AnchorPx;
        for (var size = -1; size < label.Narrower.Count; size++)
        {
            var (limit, width, height) = size < 0 ? ((double?)null, label.Width, label.Height) : label.Narrower[size];
            var right = Math.Max(0, x - Geometry.LabelPadX - 1);
            var left = Math.Min(trackWidth, x + Geometry.LabelPadX + 1) - width;
            foreach (var y in heights)
            {
                if (right + width <= trackWidth)
                {
                    yield return new Box(right, right + width, y, y + height, x, false, limit);
                }

                if (left >= 0)
                {
                    yield return new Box(left, left + width, y, y + height, x, true, limit);
                }
            }
        }
    }

    private static bool Fits(Box box, List<Box> placed)
    {
        foreach (var other in placed)
        {
            // Boxes apart, with a gap.
            var apart = box.X1 + Geometry.LabelGapPx <= other.X0 || other.X1 + Geometry.LabelGapPx <= box.X0
                || box.Y1 + Geometry.LabelGapPx <= other.Y0 || other.Y1 + Geometry.LabelGapPx <= box.Y0;
            if (!apart
                // This box clear of the other's leader, which runs from the marks up to the other's bottom.
                || (Covers(box, other.LeaderX) && box.Y0 < other.Y0)
                // This leader clear of the other box.
                || (Covers(other, box.LeaderX) && other.Y0 < box.Y0))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covers(Box box, double x) => box.X0 - LeaderClearance < x && x < box.X1 + LeaderClearance;
}
