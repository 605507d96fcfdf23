using MudBlazor;

namespace NewsTreaty.Web.Desk.Shell;

/// <summary>The desk's look: the reader site's accent and system fonts (no web fonts to fetch), light and dark.</summary>
internal static class DeskTheme
{
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9b1c1c",
            Secondary = "#1a5fb4",
            AppbarBackground = "#1d1d1f",
            Background = "#fbfaf7",
            TextSecondary = "#4f4f4f",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#ff8a80",
            PrimaryContrastText = "#1d1d21", // white on this light coral is 2.3:1 (every filled button)
            Secondary = "#8ab4f8",
            AppbarBackground = "#1d1d21",
            Background = "#141416",
            Surface = "#1d1d21",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
