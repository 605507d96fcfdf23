using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>What the HTML reader needs to know about element names and class names, in one place.</summary>
internal static partial class HtmlElements
{
    private static readonly HashSet<string> BlockNames =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure",
        "figcaption", "section", "article", "header", "footer", "aside", "nav", "main", "table", "tr", "td", "th",
        "pre", "address", "hr", "br", "form", "fieldset", "details", "summary", "body", "html", "center", "caption",
    ];

    private static readonly HashSet<string> VoidNames =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ];

    /// <summary>Elements whose content is not text to read (and is scanned only to find where it ends).</summary>
    private static readonly HashSet<string> OpaqueNames =
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "textarea", "select", "object", "canvas",
        "title", "xmp", "noembed", "noframes",
    ];

    private static readonly Dictionary<string, string> FurnitureTags = new(StringComparer.Ordinal)
    {
        ["nav"] = "navigation",
        ["aside"] = "aside box",
        ["footer"] = "page footer",
        ["form"] = "form",
        ["button"] = "button",
        ["menu"] = "menu",
        ["dialog"] = "dialog",
    };

    public static bool IsBlock(string name) => BlockNames.Contains(name);

    public static bool IsVoid(string name) => VoidNames.Contains(name);

    public static bool IsOpaque(string name) => OpaqueNames.Contains(name);

    /// <summary>Why an element is furniture by its name, role or class, or null when nothing says so.</summary>
    public static string? FurnitureReason(string name, string? classAndId, string? role, bool hidden)
    {
        if (hidden)
        {
            return "hidden element";
        }

        if (FurnitureTags.TryGetValue(name, out var reason))
        {
            return reason;
        }

        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "menu" or "dialog")
        {
            return "role " + role;
        }

        return classAndId is { Length: > 0 } && FurnitureClass().Match(classAndId) is { Success: true } match
            ? "'" + match.Value.Trim('-', '_', ' ') + "' block"
            : null;
    }

    public static BlockHint HintFor(string name, string? classAndId, string? itemprop)
    {
        if (name == "h1" || itemprop == "headline")
        {
            return BlockHint.Headline;
        }

        if (name == "figcaption" || name == "caption")
        {
            return BlockHint.Caption;
        }

        if (name == "time" || itemprop is "datePublished" or "dateModified")
        {
            return BlockHint.Timestamp;
        }

        if (itemprop is "author" or "creator")
        {
            return BlockHint.Byline;
        }

        if (itemprop is "description" or "alternativeHeadline")
        {
            return BlockHint.Standfirst;
        }

        if (classAndId is not { Length: > 0 })
        {
            return name == "p" ? BlockHint.Paragraph : BlockHint.None;
        }

        return HintClass().Match(classAndId) is { Success: true } match
            ? match.Groups["standfirst"].Success ? BlockHint.Standfirst
            : match.Groups["byline"].Success ? BlockHint.Byline
            : match.Groups["caption"].Success ? BlockHint.Caption
            : match.Groups["section"].Success ? BlockHint.Section
            : BlockHint.Timestamp
            : name == "p" ? BlockHint.Paragraph : BlockHint.None;
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:share|sharing|social|related|recommend\w*|comments?|comment-\w+|disqus|newsletter|promo\w*|advert\w*|ads?|ad-\w+|sponsor\w*|subscri\w+|paywall|signup|sign-up|popular|most-?read|most-?viewed|trending|breadcrumbs?|tags|topics|nav\w*|menu|footer|cookie\w*|consent|modal|outbrain|taboola|read-?more|more-from|teasers?|toolbar|listen\w*|audio-player|font-size|print-?button|skip-link|site-header|masthead-nav|widget)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureClass();

    [GeneratedRegex(@"(?<standfirst>standfirst|\bdek\b|subtitle|sub-?headline|strapline|\blede\b|summary|article-?description)|(?<byline>byline|\bauthor|contributor)|(?<caption>caption|credit)|(?<section>kicker|eyebrow|rubric|section-?label)|(?<time>\btime\b|timestamp|dateline|published|pubdate|\bdate\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HintClass();
}
