namespace NewsTreaty.Web.Embeds;

/// <summary>
/// Who may frame what (section "Embeds"). Widgets are public reads, so any site may frame them unless
/// <see cref="FrameAncestors"/> lists the CMS origins allowed; the app's own pages are framed only by
/// themselves and <see cref="AppFrameAncestors"/>.
/// </summary>
internal sealed class EmbedSettings
{
    public const string Section = "Embeds";

    /// <summary>A CSP source list, space-separated, e.g. "https://cms.example.com https://*.example.org".</summary>
    public string FrameAncestors { get; set; } = "*";

    public string AppFrameAncestors { get; set; } = "";

    /// <summary>How long a CDN may serve a live widget before asking again, and how long stale while it does.</summary>
    public int SharedMaxAgeSeconds { get; set; } = 300;

    public int StaleWhileRevalidateSeconds { get; set; } = 86400;
}
