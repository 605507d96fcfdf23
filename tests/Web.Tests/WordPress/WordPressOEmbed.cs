using System.Text;
using System.Text.RegularExpressions;

namespace NewsTreaty.Web.Tests.WordPress;

/// <summary>
/// What WordPress 6.1 does with a pasted URL from a provider it does not know, re-implemented step for step so the
/// tests can run where WordPress is not installed: <c>WP_oEmbed::discover</c> (the literal type text, the
/// <c>&lt;link&gt;</c> regex, <c>shortcode_parse_atts</c>, <c>htmlspecialchars_decode</c> of the href) and
/// <c>wp_filter_oembed_result</c> (kses down to a, blockquote and iframe, the secret, the sandbox).
/// <see cref="RealWordPressTests"/> checks the same against WordPress itself.
/// </summary>
internal static partial class WordPressOEmbed
{
    private static readonly Dictionary<string, string> LinkTypes = new(StringComparer.Ordinal)
    {
        ["application/json+oembed"] = "json",
        ["text/xml+oembed"] = "xml",
        ["application/xml+oembed"] = "xml",
    };

    private static readonly Dictionary<string, string[]> AllowedHtml = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href"],
        ["blockquote"] = [],
        ["iframe"] = ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"],
    };

    /// <summary>The oEmbed endpoint a page announces, JSON preferred, or null when WordPress would find none.</summary>
    public static string? Discover(string html)
    {
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (end > 0)
        {
            html = html[..end];
        }

        // The quick check is a case-insensitive substring search for the literal type: entity-encoded text never matches.
        if (!LinkTypes.Keys.Any(t => html.IndexOf(t, StringComparison.OrdinalIgnoreCase) > 0))
        {
            return null;
        }

        var providers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match link in LinkTag().Matches(html))
        {
            var atts = ShortcodeAtts(link.Groups[1].Value);
            // An exact, case-sensitive key lookup on the raw attribute value.
            if (atts.TryGetValue("type", out var type) && LinkTypes.TryGetValue(type, out var format) && atts.TryGetValue("href", out var href) && href.Length > 0)
            {
                providers[format] = HtmlSpecialCharsDecode(href);
                if (format == "json")
                {
                    break;
                }
            }
        }

        return providers.GetValueOrDefault("json") ?? providers.GetValueOrDefault("xml");
    }

    /// <summary>wp_filter_oembed_result: the html WordPress stores for an embed from a discovered provider, or null when it has no iframe.</summary>
    public static string? Filter(string html, string secret)
    {
        html = Kses(html, AllowedHtml);
        var content = BlockquoteThenIframe().Match(html);
        if (!content.Groups[2].Success)
        {
            return null;
        }

        html = content.Groups[1].Value + content.Groups[2].Value;
        var src = SrcAttribute().Match(html);
        if (src.Success)
        {
            var q = src.Groups[1].Value;
            var url = $"{src.Groups[2].Value}#?secret={secret}";
            html = html.Replace(src.Value, $" src={q}{url}{q} data-secret={q}{secret}{q}", StringComparison.Ordinal);
            html = html.Replace("<blockquote", $"<blockquote data-secret=\"{secret}\"", StringComparison.Ordinal);
        }

        var withSecret = new Dictionary<string, string[]>(AllowedHtml, StringComparer.OrdinalIgnoreCase)
        {
            ["blockquote"] = ["data-secret"],
            ["iframe"] = [.. AllowedHtml["iframe"], "data-secret"],
        };
        html = Kses(html, withSecret);
        if (content.Groups[1].Success && content.Groups[1].Length > 0)
        {
            html = html.Replace("<iframe", "<iframe style=\"position: absolute; clip: rect(1px, 1px, 1px, 1px);\"", StringComparison.Ordinal);
            html = html.Replace("<blockquote", "<blockquote class=\"wp-embedded-content\"", StringComparison.Ordinal);
        }

        return html.Replace("<iframe", "<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\"", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether WordPress enqueues wp-embed.js (its resizer) for this html: only with a blockquote marked as an embed.</summary>
    public static bool LoadsResizer(string filtered) => EmbeddedBlockquote().IsMatch(filtered);

    /// <summary>shortcode_parse_atts: lower-cased names, values as written (no entity decoding).</summary>
    private static Dictionary<string, string> ShortcodeAtts(string text)
    {
        var atts = new Dictionary<string, string>(StringComparer.Ordinal);
        text = text.Replace('\u00a0', ' ').Replace('\u200b', ' ');
        foreach (Match m in Attribute().Matches(text))
        {
            for (var g = 1; g <= 5; g += 2)
            {
                if (m.Groups[g].Success)
                {
                    atts[m.Groups[g].Value.ToLowerInvariant()] = m.Groups[g + 1].Value;
                }
            }
        }

        return atts;
    }

    private static string HtmlSpecialCharsDecode(string text) =>
        text.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#039;", "'", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>wp_kses reduced to what matters here: allowed elements keep allowed attributes (re-quoted), other tags go, text stays.</summary>
    private static string Kses(string html, Dictionary<string, string[]> allowed) =>
        AnyTag().Replace(html, tag =>
        {
            var name = tag.Groups[2].Value;
            if (!allowed.TryGetValue(name, out var attributes))
            {
                return "";
            }

            if (tag.Groups[1].Value == "/")
            {
                return $"</{name.ToLowerInvariant()}>";
            }

            var kept = new StringBuilder("<" + name.ToLowerInvariant());
            foreach (Match a in HtmlAttribute().Matches(tag.Groups[3].Value))
            {
                var attribute = a.Groups[1].Value.ToLowerInvariant();
                if (attributes.Contains(attribute, StringComparer.Ordinal))
                {
                    var value = a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value;
                    kept.Append(' ').Append(attribute).Append("=\"").Append(value).Append('"');
                }
            }

            return kept.Append('>').ToString();
        });

    [GeneratedRegex("<link([^<>]+?)/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTag();

    [GeneratedRegex("""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)""")]
    private static partial Regex Attribute();

    [GeneratedRegex("(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex BlockquoteThenIframe();

    [GeneratedRegex(""" src=(['"])(.*?)\1""")]
    private static partial Regex SrcAttribute();

    [GeneratedRegex("""<blockquote\s[^>]*?wp-embedded-content""")]
    private static partial Regex EmbeddedBlockquote();

    [GeneratedRegex("""<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>""")]
    private static partial Regex AnyTag();

    [GeneratedRegex("""([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")]
    private static partial Regex HtmlAttribute();
}
