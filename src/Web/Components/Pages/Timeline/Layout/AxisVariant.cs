namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// One way of drawing the axis, used when the axis' container is at least <see cref="MinWidthRem"/> wide. Each
/// layout is computed for that narrowest width: positions are shares of the axis and label sizes are fixed, so
/// anything apart at the narrowest width stays apart when the container is wider.
/// </summary>
internal sealed record AxisVariant(string Name, bool Vertical, double MinWidthRem, double LengthRem)
{
    /// <summary>Phones (from a 288 px column, a 320 px screen) and wider phones and small tablets: a vertical spine.</summary>
    public static readonly AxisVariant NarrowPhone = new("v0", true, 0, 34);

    public static readonly AxisVariant Phone = new("v1", true, 22, 34);

    /// <summary>
    /// Tablets, small laptops, then desktops: a horizontal axis. The widest starts just under the page's widest column
    /// (66 rem, every screen from about 1150 px), so desktops get a layout made for exactly their width.
    /// </summary>
    public static readonly AxisVariant Tablet = new("h1", false, 46, 0);

    public static readonly AxisVariant Laptop = new("h2", false, 56, 0);

    public static readonly AxisVariant Desktop = new("h3", false, 65.5, 0);

    public static readonly IReadOnlyList<AxisVariant> All = [NarrowPhone, Phone, Tablet, Laptop, Desktop];

    public const double Rem = 16;

    /// <summary>The narrowest container this variant is drawn in, in pixels (18 rem for the first).</summary>
    public double MinWidthPx => Math.Max(MinWidthRem, 18) * Rem;

    /// <summary>The axis length in pixels at the narrowest width: the spine's fixed length, or the track's width.</summary>
    public double LengthPx => Vertical ? LengthRem * Rem : MinWidthPx - 2 * Geometry.TrackInsetPx;
}

/// <summary>Sizes shared by the layout and pages.css (see the matching custom properties there).</summary>
internal static class Geometry
{
    /// <summary>Space kept at each end of a horizontal track, so end marks and their labels stay inside it.</summary>
    public const double TrackInsetPx = 12;

    public const double LanePx = 26; // a 24 px mark target and 2 px apart
    public const int MaxLanes = 3;

    public const double LabelFontPx = 13;
    public const double LabelLinePx = 17;
    public const double LabelPadX = 5;
    public const double LabelPadY = 2;
    public const double LabelGapPx = 4;

    /// <summary>Widest label text on a horizontal axis.</summary>
    public const double LabelMaxPx = 190;

    /// <summary>Height kept for labels above a horizontal axis.</summary>
    public const double LabelAreaPx = 220;

    /// <summary>A short stem from the marks to the lowest labels.</summary>
    public const double StemPx = 6;

    /// <summary>Where the spine runs on a vertical axis (year labels to its left).</summary>
    public const double SpinePx = 44;

    public const double EraFontPx = 11.5;
    public const double EraLinePx = 15;

    /// <summary>Widest an era's name may run below a horizontal axis before it wraps.</summary>
    public const double EraNameMaxPx = 240;
    public const double TickFontPx = 12;

    /// <summary>The farthest a label on a vertical axis may move from its mark to make room.</summary>
    public const double MaxShiftPx = 140;

    public static double LabelHeight(int lines) => lines * LabelLinePx + 2 * LabelPadY;
}
