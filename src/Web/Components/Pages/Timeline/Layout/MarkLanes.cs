namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// Stacks marks that would touch: in axis order, each mark takes the first lane (away from the axis line) whose
/// previous mark is at least one mark target away, so every mark keeps a 24 px target of its own. Beyond
/// <see cref="Geometry.MaxLanes"/> lanes (only in very dense corpora) a mark shares the lane that frees up first.
/// </summary>
internal static class MarkLanes
{
    public static int[] Assign(IReadOnlyList<double> positionsPx)
    {
        var lanes = new int[positionsPx.Count];
        var lastInLane = new List<double>();
        foreach (var i in Enumerable.Range(0, positionsPx.Count).OrderBy(i => positionsPx[i]).ThenBy(i => i))
        {
            var x = positionsPx[i];
            var lane = lastInLane.FindIndex(last => x - last >= Geometry.LanePx);
            if (lane < 0 && lastInLane.Count < Geometry.MaxLanes)
            {
                lastInLane.Add(double.NegativeInfinity);
                lane = lastInLane.Count - 1;
            }
            else if (lane < 0)
            {
                lane = lastInLane.IndexOf(lastInLane.Min());
            }

            lastInLane[lane] = x;
            lanes[i] = lane;
        }

        return lanes;
    }
}
