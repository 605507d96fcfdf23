namespace NewsTreaty.Web.Components.Pages.Timeline.Layout;

/// <summary>
/// Text widths estimated on the server, so the static page can place labels without a browser. The table is
/// DejaVu Sans Bold (the system-ui font of Debian's Chromium, and wider than Arial, Helvetica, Segoe UI or
/// Roboto), measured in Chromium with canvas measureText at 1000 px: an estimate from it is never narrower than
/// the label a reader sees, so boxes placed apart stay apart whatever the font.
/// </summary>
internal static class TextMetrics
{
    // Advance widths in thousandths of an em for U+0020 to U+007E.
    private static readonly short[] Ascii =
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
        696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
        712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ];

    /// <summary>Width of <paramref name="text"/> in pixels at <paramref name="fontPx"/>.</summary>
    public static double Width(ReadOnlySpan<char> text, double fontPx)
    {
        var thousandths = 0;
        foreach (var c in text)
        {
            thousandths += Advance(c);
        }

        return thousandths * fontPx / 1000;
    }

    private static int Advance(char c) => c switch
    {
        >= ' ' and <= '~' => Ascii[c - ' '],
        '\u2018' or '\u2019' or '\u201A' => 380,
        '\u201C' or '\u201D' or '\u201E' => 620,
        '\u2013' => 600,
        '\u2014' or '\u2026' => 1000,
        >= '\u2E80' => 1000, // CJK and other full-width scripts
        _ => 850, // accented Latin, Cyrillic, Greek: no wider than a capital
    };

    /// <summary>
    /// Lines and widest line when <paramref name="text"/> wraps at spaces within <paramref name="maxPx"/>, as the
    /// browser wraps it; a word wider than the line breaks anywhere (the labels' <c>overflow-wrap: anywhere</c>).
    /// </summary>
    public static (int Lines, double Widest) Wrap(string text, double fontPx, double maxPx)
    {
        var space = Width(" ", fontPx);
        var lines = 1;
        double line = 0, widest = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Width(word, fontPx);
            if (line > 0 && line + space + w <= maxPx)
            {
                line += space + w;
            }
            else
            {
                if (line > 0)
                {
                    lines++;
                }

                // A word longer than a line fills whole lines and leaves its remainder on the last.
                while (w > maxPx)
                {
                    lines++;
                    w -= maxPx;
                    widest = maxPx;
                }

                line = w;
            }

            widest = Math.Max(widest, line);
        }

        return (lines, Math.Min(widest, maxPx));
    }
}
