using System.Text.RegularExpressions;

namespace NewsTreaty.Web.Embeds;

public enum EmbedTheme
{
    Auto,
    Light,
    Dark,
}

/// <summary>
/// How a host page asked a widget to look: from the query string, each value checked against a closed set
/// (or a strict pattern for the accent colour) so nothing a host writes in a URL reaches the markup raw.
/// </summary>
public sealed partial record EmbedOptions(EmbedTheme Theme, string? Accent, string Language, bool Compact, int? Revision)
{
    public static readonly EmbedOptions Default = new(EmbedTheme.Auto, null, "en", false, null);

    public static EmbedOptions From(IQueryCollection query)
    {
        var theme = query["theme"].ToString() switch
        {
            "light" => EmbedTheme.Light,
            "dark" => EmbedTheme.Dark,
            _ => EmbedTheme.Auto,
        };
        var accent = ParseAccent(query["accent"].ToString());
        var compact = query["compact"].ToString() is "1" or "true" or "yes";
        var version = query["v"].ToString();
        int? revision = int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) && r > 0 ? r : null;
        return new EmbedOptions(theme, accent, WidgetLabels.Supported(query["lang"].ToString()), compact, revision);
    }

    /// <summary>A 3- or 6-digit hex colour, without '#', lower case; anything else is no accent.</summary>
    public static string? ParseAccent(string? value) =>
        value is not null && AccentPattern().IsMatch(value) ? value.TrimStart('#').ToLowerInvariant() : null;

    public string ThemeClass => "theme-" + Theme.ToString().ToLowerInvariant();

    /// <summary>The query string that reproduces these options, in a fixed order so caches see one URL per look.</summary>
    public string ToQuery(bool withRevision = true)
    {
        var parts = new List<string>();
        if (Theme != EmbedTheme.Auto)
        {
            parts.Add("theme=" + Theme.ToString().ToLowerInvariant());
        }

        if (Accent is not null)
        {
            parts.Add("accent=" + Accent);
        }

        if (Language != "en")
        {
            parts.Add("lang=" + Language);
        }

        if (Compact)
        {
            parts.Add("compact=1");
        }

        if (withRevision && Revision is { } v)
        {
            parts.Add("v=" + v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);
    }

    [GeneratedRegex("^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex AccentPattern();
}
