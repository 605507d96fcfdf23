using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace NewsTreaty.Web.Embeds;

internal enum OEmbedFormat
{
    Json,
    Xml,
}

/// <summary>
/// The oEmbed request parameters (https://oembed.com/#section2.2), read by hand so that no value can fail binding:
/// a missing url, a size that is not a whole number of pixels or smaller than a widget can draw is a 400 naming the
/// parameter; a format other than json or xml (any case; empty means json) is the spec's 501.
/// </summary>
internal sealed record OEmbedQuery(string Url, OEmbedFormat Format, int? MaxWidth, int? MaxHeight)
{
    public const int MinWidth = 200;
    public const int MaxWidthServed = 1200;
    public const int DefaultWidth = 640;
    public const int MinHeight = 120;

    public static (OEmbedQuery? Query, Dictionary<string, string[]> Errors, string? UnknownFormat) Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var url = Single(query, "url", errors);
        if (url is null && !errors.ContainsKey("url"))
        {
            errors["url"] = ["url is required: the address of the NewsTreaty page or widget to embed."];
        }

        var width = Size(query, "maxwidth", MinWidth, errors);
        var height = Size(query, "maxheight", MinHeight, errors);
        var formatText = Single(query, "format", errors);
        OEmbedFormat? format = string.IsNullOrEmpty(formatText) ? OEmbedFormat.Json
            : string.Equals(formatText, "json", StringComparison.OrdinalIgnoreCase) ? OEmbedFormat.Json
            : string.Equals(formatText, "xml", StringComparison.OrdinalIgnoreCase) ? OEmbedFormat.Xml
            : null;
        if (errors.Count > 0)
        {
            return (null, errors, null);
        }

        return format is null ? (null, errors, formatText) : (new OEmbedQuery(url!, format.Value, width, height), errors, null);
    }

    /// <summary>The width to draw: what was asked within what the widgets serve; never wider than maxwidth.</summary>
    public int Width => Math.Min(MaxWidth ?? DefaultWidth, MaxWidthServed);

    /// <summary>The initial height: the widget's first guess, never taller than maxheight (the widget then resizes itself).</summary>
    public int Height(int widgetDefault) => Math.Min(widgetDefault, MaxHeight ?? int.MaxValue);

    private static string? Single(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var values = query.TryGetValue(name, out var found) ? found : StringValues.Empty;
        if (values.Count > 1)
        {
            errors[name] = [$"Give {name} once; it was given {values.Count} times."];
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }

    private static int? Size(IQueryCollection query, string name, int minimum, Dictionary<string, string[]> errors)
    {
        var text = Single(query, name, errors);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // ASCII digits only: char.IsDigit and int.Parse's defaults would let other scripts' digits or signs through.
        if (!text.All(char.IsAsciiDigit))
        {
            errors[name] = [$"'{text}' is not a size: {name} is a whole number of pixels, such as 600."];
            return null;
        }

        // A very large maximum means "no limit": clamp it rather than overflow.
        var value = text.Length > 9 ? int.MaxValue : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value < minimum)
        {
            errors[name] = [$"{name}={value} is smaller than any NewsTreaty widget can be drawn: ask for at least {minimum} pixels."];
            return null;
        }

        return value;
    }
}
