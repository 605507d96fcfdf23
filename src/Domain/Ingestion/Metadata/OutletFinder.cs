using System.Text.RegularExpressions;
using NewsTreaty.Domain.Ingestion.Cleaning;

namespace NewsTreaty.Domain.Ingestion.Metadata;

/// <summary>
/// The outlet, from the article's own evidence in this order: the page's site name, the masthead printed with it
/// (a press-reader page names the paper it reproduces), the agency in a wire dateline, the copyright line, a known
/// outlet named in the page's own furniture ("Join the conversation with other Spectator readers"), the caller's
/// hint, and the URL's host. Matched to a known outlet by name or homepage host when one fits.
/// </summary>
internal static partial class OutletFinder
{
    public static (Supported<string>? Name, string? Slug) Find(RawArticle raw, CleanedArticle article, KnowledgeSnapshot knowledge)
    {
        var found = FromArticle(raw, article, knowledge);
        if (found is null && raw.OutletHint is { Length: > 0 } hint)
        {
            found = new Supported<string>(hint.Trim(), Evidence.Hint, null, 0.9, "given by the caller");
        }

        var host = Host(raw.Url ?? article.Page?.CanonicalUrl);
        var byHost = host is null ? null : knowledge.Outlets.FirstOrDefault(o => Host(o.Homepage) is { } h && (host == h || host.EndsWith("." + h, StringComparison.Ordinal)));
        if (found is null && host is not null)
        {
            found = byHost is null
                ? new Supported<string>(host, Evidence.Hint, null, 0.4, "the web address's host; no outlet name on the page")
                : new Supported<string>(byHost.Name, Evidence.Hint, null, 0.85, "a known outlet's web address");
        }

        var slug = found is null ? null : Match(found.Value, knowledge)?.Slug ?? byHost?.Slug;
        return (found, slug);
    }

    private static Supported<string>? FromArticle(RawArticle raw, CleanedArticle article, KnowledgeSnapshot knowledge)
    {
        if (article.Page?.SiteName is { Length: > 0 } site)
        {
            return new(site, Evidence.Text, null, 0.95, "the page's site name");
        }

        if (article.SpanOf(ArticlePart.Masthead) is { } masthead)
        {
            var text = MastheadSuffix().Replace(masthead.Of(article.Text), "").Trim();
            return new(text, Evidence.Text, masthead, 0.85, "the masthead printed with the article");
        }

        if (article.SpanOf(ArticlePart.Dateline) is { } dateline && LinePatterns.DatelinePrefix().Match(dateline.Of(article.Text) + " ") is { Success: true } m && m.Groups["agency"].Success)
        {
            return new(m.Groups["agency"].Value.Trim(), Evidence.Text, dateline, 0.8, "the agency in the dateline");
        }

        foreach (var block in article.Removed)
        {
            var text = Slice(raw.Content, block.RawSpan);
            if (block.Reason == Removal.Copyright && CopyrightHolder().Match(text) is { Success: true } holder)
            {
                return new(holder.Groups["name"].Value.Trim(), Evidence.Text, null, 0.7, "the copyright line");
            }

            if (knowledge.Outlets.FirstOrDefault(o => Mentions(text, o)) is { } known)
            {
                return new(known.Name, Evidence.Text, null, 0.6, "named in the page's own furniture: \"" + (text.Length > 60 ? text[..60] + "…" : text) + "\"");
            }
        }

        return null;
    }

    public static KnownOutlet? Match(string name, KnowledgeSnapshot knowledge)
    {
        var key = Key(name);
        return knowledge.Outlets.FirstOrDefault(o => Key(o.Name) == key || o.Name.Split('(', ')').Select(Key).Contains(key) || Key(o.Slug.Replace('-', ' ')) == key);
    }

    private static bool Mentions(string text, KnownOutlet outlet)
    {
        var core = NameCore(outlet.Name);
        return core.Length >= 4 && Regex.IsMatch(text, @"\b" + Regex.Escape(core) + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
    }

    private static string NameCore(string name)
    {
        var core = name.Split('(')[0].Trim();
        return core.StartsWith("The ", StringComparison.Ordinal) ? core[4..] : core;
    }

    private static string Key(string name) => string.Concat(NameCore(name).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Slice(string raw, TextSpan span) =>
        span.End <= raw.Length ? raw.Substring(span.Start, Math.Min(span.Length, 400)) : "";

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? (uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host) : null;

    [GeneratedRegex(@"\s*[·|•–—-]\s*.{0,30}\bedition\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MastheadSuffix();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>[^.|]{2,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightHolder();
}
