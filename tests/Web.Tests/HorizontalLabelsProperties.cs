using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Web.Components.Pages.Timeline.Layout;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// The horizontal axis's label placement was rewritten from one LINQ ordering of every candidate box into loops, to
/// stop it allocating most of a large timeline page's render. It must place every label exactly where the ordering
/// did: <see cref="Reference"/> is that ordering, kept here as the oracle, and random axes (crowded, tiered,
/// with narrower sizes, marks at one spot) must come out the same from both.
/// </summary>
public sealed class HorizontalLabelsProperties
{
    private const double Track = 600;

    private static readonly Gen<LabelRequest[]> Axes =
        from count in Gen.Choose(0, 40)
        from labels in Gen.ArrayOf(Label, count)
        select labels.Select((l, i) => l with { Key = i }).ToArray();

    private static Gen<LabelRequest> Label =>
        from anchor in Gen.Frequency((4, Gen.Choose(0, (int)Track)), (1, Gen.Elements(100, 300))) // some marks at one spot
        from width in Gen.Choose(30, 200)
        from lines in Gen.Choose(1, 4)
        from rank in Gen.Choose(0, 60)
        from tier in Gen.Choose(0, 2)
        from narrower in Gen.Choose(0, 2)
        from weight in Gen.Choose(1, 4)
        select new LabelRequest(0, anchor, width, lines * 17 + 4, rank, 0, tier)
        {
            Narrower = Enumerable.Range(1, narrower).Select(n => (Limit: 190.0 - 40 * n, Width: width * (1 - 0.2 * n), Height: (lines + n) * 17 + 4.0)).ToList(),
            Weight = weight,
        };

    [Fact]
    public void LoopsPlaceEveryLabelWhereTheOrderingDid() =>
        Prop.ForAll(Axes.ToArbitrary(), labels =>
            HorizontalLabels.Place(labels, Track, Geometry.LabelAreaPx).SequenceEqual(Reference.Place(labels, Track, Geometry.LabelAreaPx)))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void ACrowdedAxisGivesSomeLabelsWayAndTheRestDoNotOverlap()
    {
        var labels = Enumerable.Range(0, 30).Select(i => new LabelRequest(i, 200 + i * 3, 150, 38, i)).ToList();

        var spots = HorizontalLabels.Place(labels, Track, Geometry.LabelAreaPx);

        Assert.InRange(spots.Count, 2, 29);
        Assert.Equal(Reference.Place(labels, Track, Geometry.LabelAreaPx), spots);
    }

    /// <summary>The placement as it was written before the loops (main at 9e016bb), unchanged.</summary>
    private static class Reference
    {
        private const double LeaderClearance = 3;

        private sealed record Box(double X0, double X1, double Y0, double Y1, double LeaderX, bool Left, double? Limit);

        public static List<LabelSpot> Place(IEnumerable<LabelRequest> labels, double trackWidth, double areaHeight)
        {
            var placed = new List<Box>();
            var spots = new List<LabelSpot>();
            foreach (var tier in labels.GroupBy(l => l.Tier).OrderByDescending(g => g.Key))
            {
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

        private static (List<Box> Placed, List<LabelSpot> Spots) PlaceTier(
            List<LabelRequest> queue, List<double> below, double trackWidth, double areaHeight, List<Box> before)
        {
            var placed = before.ToList();
            var spots = new List<LabelSpot>();
            for (var i = 0; i < queue.Count; i++)
            {
                var label = queue[i];
                var waiting = queue.Skip(i + 1).Select(l => l.AnchorPx).ToList();
                var best = Candidates(label, trackWidth, placed)
                    .Where(b => b.Y1 <= areaHeight && Fits(b, placed))
                    .OrderBy(b => waiting.Count(x => Covers(b, x))).ThenBy(b => b.Y0).ThenBy(b => below.Count(x => Covers(b, x)))
                    .ThenByDescending(b => b.Limit ?? double.MaxValue).ThenBy(b => b.Left)
                    .FirstOrDefault();
                if (best is null)
                {
                    continue;
                }

                placed.Add(best);
                spots.Add(new LabelSpot(label.Key, best.Y0, best.Left, (best.Left ? best.X1 : best.X0) - label.AnchorPx) { Limit = best.Limit, Width = best.X1 - best.X0 });
            }

            return (placed, spots);
        }

        private static IEnumerable<Box> Candidates(LabelRequest label, double trackWidth, List<Box> placed)
        {
            var x = label.AnchorPx;
            var heights = placed.Select(b => b.Y1 + Geometry.LabelGapPx).Prepend(0).Distinct().Order().ToList();
            var sizes = label.Narrower.Select(n => ((double?)n.Limit, n.Width, n.Height)).Prepend((null, label.Width, label.Height));
            foreach (var (limit, width, height) in sizes)
            {
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

        private static bool Fits(Box box, List<Box> placed) => placed.All(other =>
            (box.X1 + Geometry.LabelGapPx <= other.X0 || other.X1 + Geometry.LabelGapPx <= box.X0
                || box.Y1 + Geometry.LabelGapPx <= other.Y0 || other.Y1 + Geometry.LabelGapPx <= box.Y0)
            && !(Covers(box, other.LeaderX) && box.Y0 < other.Y0)
            && !(Covers(other, box.LeaderX) && other.Y0 < box.Y0));

        private static bool Covers(Box box, double x) => box.X0 - LeaderClearance < x && x < box.X1 + LeaderClearance;
    }
}
