namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// A label to place: where its mark is on the axis (px), its box size, its rank (lower places first) and its tier
/// (the event's importance): while labels of a tier wait, earlier ones of that tier keep clear of their marks.
/// </summary>
internal sealed record LabelRequest(int Key, double AnchorPx, double Width, double Height, int Rank, double AnchorOffsetPx = 0, int Tier = 0)
{
    /// <summary>Narrower (so taller) boxes to try when the preferred one does not fit: (text width limit, box width, box height).</summary>
    public IReadOnlyList<(double Limit, double Width, double Height)> Narrower { get; init; } = [];

    /// <summary>How many events the label names (a same-day stack names several): placing it counts that much.</summary>
    public int Weight { get; init; } = 1;
}

/// <summary>
/// Where a label went. Horizontal: <see cref="Offset"/> is the box's bottom above the marks, <see cref="Left"/> says
/// the box opens to the left of its mark and <see cref="Shift"/> is from the mark to the box's near edge (its left
/// edge, or its right edge when it opens left). Vertical: <see cref="Offset"/> is the box's top along the spine.
/// </summary>
internal sealed record LabelSpot(int Key, double Offset, bool Left, double Shift = 0)
{
    /// <summary>The text width limit of a narrower box than the preferred one, when one was chosen.</summary>
    public double? Limit { get; init; }

    /// <summary>
    /// The box's width on a horizontal axis. The page sets it exactly: a wrapped box in CSS takes its whole
    /// max-width, not its widest line, so a max-width alone would draw boxes wider than they were placed.
    /// </summary>
    public double Width { get; init; }

    /// <summary>Where the leader line ends, when not at this box (a label stacked on a same-day neighbour's).</summary>
    public double? LeaderOffset { get; init; }
}
