using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// One event on the axis: its start and end as shares of a horizontal axis (<see cref="At"/>) and of a vertical
/// spine (<see cref="VAt"/>, whose scale gives eras more room), and its mark lane and label in each variant.
/// </summary>
internal sealed record EventSpot(EventSummaryView Event, double At, double EndAt, double VAt, double VEndAt, IReadOnlyDictionary<string, MarkSpot> Variants);

internal sealed record MarkSpot(int Lane, LabelSpot? Label);

/// <summary>
/// An era band. On a vertical axis its name is placed with the labels (<see cref="LabelTops"/>, px per variant);
/// below a horizontal one it starts at the band's start, in the first row where it does not run into another
/// era's name (<see cref="Names"/>: the row's top below the band, the name's width, and how far it is pulled left of the band's start to stay on the track, per variant).
/// </summary>
internal sealed record EraSpot(EraView Era, double At, double EndAt, double VAt, double VEndAt, IReadOnlyDictionary<string, double> LabelTops, IReadOnlyDictionary<string, (double Top, double Width, double Shift)> Names);

/// <summary>
/// How each variant is drawn: lanes of marks, the height its labels use and its era names' rows need (horizontal),
/// and where the label column starts (vertical).
/// </summary>
internal sealed record VariantMetrics(int Lanes, double LabelHeight, double LabelLeft, double EraRowsHeight = 0);

/// <summary>Everything the axis component draws, computed once per request from the timeline it shows.</summary>
internal sealed record AxisLayout(
    DateOnly From, DateOnly To, IReadOnlyList<EventSpot> Events, IReadOnlyList<EraSpot> Eras, IReadOnlyList<AxisTick> Ticks,
    IReadOnlyList<(AxisBreak Horizontal, AxisBreak Vertical)> Breaks, IReadOnlyDictionary<string, VariantMetrics> Variants)
{
    public static AxisLayout For(TimelineView timeline, IReadOnlyList<AxisVariant> variants)
    {
        var from = new DateOnly(timeline.Start.Year, 1, 1);
        var to = new DateOnly(timeline.End.Year, 12, 31);
        var events = timeline.Events;
        var spans = events.Select(e => (e.Date.Start, (e.EndDate ?? e.Date).End)).ToList();
        var eraStarts = timeline.Eras.Select(e => e.Start.Start).ToList();
        var scales = new Dictionary<bool, TimeScale>
        {
            [false] = TimeScale.Build(spans, eraStarts, from, to, TimeScale.Horizontal),
            [true] = TimeScale.Build(spans, eraStarts, from, to, TimeScale.Vertical),
        };
        var starts = scales.ToDictionary(s => s.Key, s => events.Select(e => s.Value.At(e.Date.Start)).ToArray());
        var ends = scales.ToDictionary(s => s.Key, s => events.Select(e => s.Value.At((e.EndDate ?? e.Date).End)).ToArray());
        var ranks = starts.ToDictionary(s => s.Key, s => Ranks(events, s.Value));
        var eraAt = scales.ToDictionary(s => s.Key, s => timeline.Eras.Select((era, k) => (At: s.Value.At(era.Start.Start), EndAt: s.Value.At(EraEnd(timeline.Eras, k, to)))).ToList());

        var byVariant = new Dictionary<string, (int[] Lanes, Dictionary<int, LabelSpot> Labels, Dictionary<int, double> EraTops)>();
        var eraNames = new Dictionary<string, List<(double Top, double Width, double Shift)>>();
        var metrics = new Dictionary<string, VariantMetrics>();
        foreach (var variant in variants)
        {
            var length = variant.LengthPx;
            var at = starts[variant.Vertical];
            var rank = ranks[variant.Vertical];
            var eras = timeline.Eras.Select((era, k) => (Era: era, eraAt[variant.Vertical][k].At)).ToList();
            var lanes = MarkLanes.Assign(at.Select(a => a * length).ToList());
            var laneCount = lanes.Length == 0 ? 1 : lanes.Max() + 1;
            if (variant.Vertical)
            {
                var left = Geometry.SpinePx + (laneCount - 1) * Geometry.LanePx + 12 + 10;
                var width = variant.MinWidthPx - left - 2;
                var labels = events.Select((e, i) => Request(i, at[i] * length, e.Title, width, rank[i], Geometry.LabelPadY + Geometry.LabelLinePx / 2, e.Importance))
                    .Concat(eras.Select((era, k) => EraRequest(k, era.At * length, era.Era.Name, width)));
                var spots = VerticalLabels.Place(labels, length).ToList();
                byVariant[variant.Name] = (lanes, spots.Where(s => s.Key >= 0).ToDictionary(s => s.Key), spots.Where(s => s.Key < 0).ToDictionary(s => -1 - s.Key, s => s.Offset));
                metrics[variant.Name] = new VariantMetrics(laneCount, 0, left);
            }
            else
            {
                var spots = SameDayStacks(events, at, rank, length);
                byVariant[variant.Name] = (lanes, spots, []);
                var used = spots.Count == 0 ? 0 : spots.Values.Max(s => s.Offset + HeightOf(events[s.Key].Title, s.Limit ?? Geometry.LabelMaxPx));
                var (names, rowsHeight) = EraRows(eras.Select(e => (e.At * length + Geometry.TrackInsetPx, e.Era.Name)).ToList(), length + 2 * Geometry.TrackInsetPx);
                eraNames[variant.Name] = names;
                metrics[variant.Name] = new VariantMetrics(laneCount, used, 0, rowsHeight);
            }
        }

        var eventSpots = events.Select((e, i) => new EventSpot(e, starts[false][i], ends[false][i], starts[true][i], ends[true][i], variants.ToDictionary(v => v.Name, v =>
            new MarkSpot(byVariant[v.Name].Lanes[i], byVariant[v.Name].Labels.GetValueOrDefault(i))))).ToList();
        var eraSpots = timeline.Eras.Select((era, k) => new EraSpot(era, eraAt[false][k].At, eraAt[false][k].EndAt, eraAt[true][k].At, eraAt[true][k].EndAt,
            variants.Where(v => v.Vertical && byVariant[v.Name].EraTops.ContainsKey(k)).ToDictionary(v => v.Name, v => byVariant[v.Name].EraTops[k]),
            eraNames.ToDictionary(n => n.Key, n => n.Value[k]))).ToList();
        return new AxisLayout(from, to, eventSpots, eraSpots, AxisTicks.Build(scales[false], scales[true], from, to, variants),
            scales[false].Breaks.Zip(scales[true].Breaks).ToList(), metrics);
    }

    private static DateOnly EraEnd(IReadOnlyList<EraView> eras, int k, DateOnly to) =>
        eras[k].End?.Start ?? (k + 1 < eras.Count ? eras[k + 1].Start.Start : to);

    /// <summary>
    /// Era names below a horizontal axis, left to right: each starts where its era does and takes the first row
    /// free there, at its natural width up to <see cref="Geometry.EraNameMaxPx"/> (wrapping beyond), pulled left
    /// to stay on the track. Returns each name's top (its row's) and width, and the height the rows need.
    /// </summary>
    private static (List<(double Top, double Width, double Shift)> Names, double Height) EraRows(List<(double X, string Name)> eras, double trackWidth)
    {
        var freeFrom = new List<double>();
        var rowLines = new List<int>();
        var placed = new List<(int Row, double Width, double Shift)>();
        foreach (var (x, name) in eras)
        {
            var (lines, widest) = TextMetrics.Wrap(name.ToUpperInvariant(), Geometry.EraFontPx * 1.08, Geometry.EraNameMaxPx);
            var width = widest + 8;
            var left = Math.Min(x, trackWidth - width);
            var row = freeFrom.FindIndex(f => f <= left);
            if (row < 0)
            {
                freeFrom.Add(0);
                rowLines.Add(0);
                row = freeFrom.Count - 1;
            }

            freeFrom[row] = left + width + 10;
            rowLines[row] = Math.Max(rowLines[row], lines);
            placed.Add((row, width, left - x));
        }

        var heights = rowLines.Select(l => l * Geometry.EraLinePx + 6).ToList();
        return (placed.Select(p => (heights.Take(p.Row).Sum(), p.Width, p.Shift)).ToList(), heights.Sum());
    }

    /// <summary>
    /// Labels above a horizontal axis. Events at the same point (the same day) share one box, their titles stacked
    /// in rank order (at most <see cref="MaxStack"/>): separate boxes could not both reach their marks, since a
    /// leader may not cross another label.
    /// </summary>
    private static Dictionary<int, LabelSpot> SameDayStacks(IReadOnlyList<EventSummaryView> events, double[] at, Dictionary<int, int> rank, double length)
    {
        const double StackGap = 3;
        var stacks = Enumerable.Range(0, events.Count).GroupBy(i => Math.Round(at[i] * length))
            .Select(g => g.OrderBy(i => rank[i]).Take(MaxStack).ToList()).ToList();
        var requests = stacks.Select(members =>
        {
            // A narrower box only while every word still fits a line: never break a word to make room.
            var longestWord = members.SelectMany(i => events[i].Title.Split(' ')).Max(w => TextMetrics.Width(w, Geometry.LabelFontPx));
            var sizes = Limits.Where((limit, k) => k == 0 || longestWord <= limit - 2 * Geometry.LabelPadX - 2).Select(limit =>
            {
                var boxes = members.Select(i => Request(i, 0, events[i].Title, limit, 0, 0, 0)).ToList();
                return (Limit: limit, Width: boxes.Max(b => b.Width), Height: boxes.Sum(b => b.Height) + StackGap * (boxes.Count - 1));
            }).ToList();
            var first = members[0];
            return new LabelRequest(first, Geometry.TrackInsetPx + at[first] * length, sizes[0].Width, sizes[0].Height, rank[first], 0, events[first].Importance)
            {
                Narrower = sizes.Skip(1).ToList(),
                Weight = members.Count,
            };
        });
        var placed = HorizontalLabels.Place(requests, length + 2 * Geometry.TrackInsetPx, Geometry.LabelAreaPx).ToDictionary(s => s.Key);
        var spots = new Dictionary<int, LabelSpot>();
        foreach (var members in stacks.Where(m => placed.ContainsKey(m[0])))
        {
            var group = placed[members[0]];
            var y = group.Offset;
            foreach (var i in members)
            {
                // The shift is measured on the padded track, where the mark also sits, so it carries over unchanged.
                var box = Request(i, 0, events[i].Title, group.Limit ?? Geometry.LabelMaxPx, 0, 0, 0);
                spots[i] = group with { Key = i, Offset = y, LeaderOffset = i == members[0] ? null : group.Offset, Width = box.Width };
                y += HeightOf(events[i].Title, group.Limit ?? Geometry.LabelMaxPx) + StackGap;
            }
        }

        return spots;
    }

    private const int MaxStack = 4;

    /// <summary>Widths a label above a horizontal axis may take: its preferred width, then narrower and taller.</summary>
    private static readonly double[] Limits = [Geometry.LabelMaxPx, Geometry.LabelMaxPx * 0.78, Geometry.LabelMaxPx * 0.62];

    /// <summary>
    /// What gives way when not every label fits: less important events first; among equals, the one with an
    /// equally important neighbour closer by (so labels spread along the axis; a same-day neighbour shares the box and
    /// does not count), then the one with fewer articles.
    /// </summary>
    /// <summary>Events closer than this share of the axis are at the same point (the same day, or nearly).</summary>
    private const double SamePoint = 0.001;

    private static Dictionary<int, int> Ranks(IReadOnlyList<EventSummaryView> events, double[] at)
    {
        double Isolation(int i) => Enumerable.Range(0, events.Count)
            .Where(j => events[j].Importance >= events[i].Importance && Math.Abs(at[j] - at[i]) > SamePoint).Select(j => Math.Abs(at[j] - at[i])).DefaultIfEmpty(1).Min();
        return Enumerable.Range(0, events.Count)
            .OrderByDescending(i => events[i].Importance).ThenByDescending(i => Math.Round(Isolation(i), 2)).ThenByDescending(i => events[i].Articles)
            .ThenBy(i => events[i].Date.Start).ThenBy(i => events[i].Id)
            .Select((i, r) => (i, r)).ToDictionary(x => x.i, x => x.r);
    }

    private static LabelRequest Request(int key, double anchor, string text, double maxWidth, int rank, double anchorOffset, int tier)
    {
        var (lines, widest) = TextMetrics.Wrap(text, Geometry.LabelFontPx, maxWidth - 2 * Geometry.LabelPadX - 2);
        return new LabelRequest(key, anchor, widest + 2 * Geometry.LabelPadX + 2, Geometry.LabelHeight(lines), rank, anchorOffset, tier);
    }

    private static double HeightOf(string text, double maxWidth) =>
        Geometry.LabelHeight(TextMetrics.Wrap(text, Geometry.LabelFontPx, maxWidth - 2 * Geometry.LabelPadX - 2).Lines);

    /// <summary>An era's name above its events on a vertical axis: placed before any event label, so it always shows.</summary>
    private static LabelRequest EraRequest(int k, double anchor, string name, double width)
    {
        var lines = TextMetrics.Wrap(name.ToUpperInvariant(), Geometry.EraFontPx * 1.08, width - 2).Lines;
        return new LabelRequest(-1 - k, anchor, width, lines * Geometry.EraLinePx + 4, -1000 + k, 0);
    }
}
