namespace NewsTreaty.Web.Embeds;

/// <summary>What can be embedded, and the widget path for it; also maps public page URLs to their widget.</summary>
internal sealed record EmbedTarget(string Kind, string? Key)
{
    public static readonly IReadOnlyList<string> Kinds = ["timeline", "event", "claim", "actor", "coverage"];

    public string WidgetPath => Kind switch
    {
        "timeline" => "/embed/timeline",
        "event" => "/embed/events/" + Uri.EscapeDataString(Key!),
        "claim" => "/embed/claims/" + Uri.EscapeDataString(Key!),
        "actor" => "/embed/actors/" + Uri.EscapeDataString(Key!),
        _ => "/embed/coverage/" + Uri.EscapeDataString(Key!),
    };

    /// <summary>The public page this widget summarises: where a reader goes for more, and the fallback link of an oEmbed.</summary>
    public string PagePath => Kind switch
    {
        "timeline" => "/",
        "claim" => "/claims/" + Uri.EscapeDataString(Key!),
        "actor" => "/actors/" + Uri.EscapeDataString(Key!),
        _ => "/events/" + Uri.EscapeDataString(Key!),
    };

    /// <summary>
    /// A height for plain iframes, which cannot resize themselves: the tallest the treaty dataset's widgets measure in
    /// a 640 px column (tools/measure), rounded up. The embed builder replaces it with the preview's measured height.
    /// </summary>
    public int DefaultHeight => Kind switch
    {
        "timeline" => 540,
        "claim" => 420,
        "actor" => 500,
        "coverage" => 580,
        _ => 320,
    };

    public static EmbedTarget? Create(string? kind, string? key) =>
        kind == "timeline" ? new EmbedTarget("timeline", null)
        : kind is not null && Kinds.Contains(kind) && !string.IsNullOrWhiteSpace(key) ? new EmbedTarget(kind, key)
        : null;

    /// <summary>The widget for a NewsTreaty path: a widget path itself, or the public page a widget summarises.</summary>
    public static EmbedTarget? FromPath(string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments is ["embed", .. var rest])
        {
            segments = rest;
        }

        return segments switch
        {
            [] or ["timeline"] => new EmbedTarget("timeline", null),
            ["events", var key] => new EmbedTarget("event", key),
            ["claims", var key] => new EmbedTarget("claim", key),
            ["actors", var key] => new EmbedTarget("actor", key),
            ["coverage", var key] when path.StartsWith("/embed/", StringComparison.Ordinal) => new EmbedTarget("coverage", key),
            _ => null,
        };
    }
}
