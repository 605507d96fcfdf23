using System.Text;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// Recognises an article the knowledge base already holds, so ingesting it again enriches that record instead of
/// proposing a duplicate: the same raw document (its SHA-256 is the curated articles' source hash), the same
/// cleaned text, the same URL, the same outlet and headline, or the cross-article stage's "same article" match.
/// </summary>
internal static class KnownArticles
{
    public static (KnownArticle Article, string How)? Recognise(KnowledgeSnapshot knowledge, RawArticle raw, string rawSha256, IngestionResult result)
    {
        var articles = knowledge.Articles;
        var contentHash = Hashing.Sha256Hex(result.Article.Text);
        if (articles.FirstOrDefault(a => string.Equals(a.SourceSha256, rawSha256, StringComparison.OrdinalIgnoreCase)) is { } bySource)
        {
            return (bySource, "source-sha256");
        }

        if (articles.FirstOrDefault(a => string.Equals(a.ContentHash, contentHash, StringComparison.OrdinalIgnoreCase)) is { } byContent)
        {
            return (byContent, "content-hash");
        }

        var urls = new[] { raw.Url, result.Metadata.CanonicalUrl }.Select(NormalizeUrl).OfType<string>().ToHashSet();
        if (urls.Count > 0 && articles.FirstOrDefault(a => NormalizeUrl(a.CanonicalUrl) is { } url && urls.Contains(url)) is { } byUrl)
        {
            return (byUrl, "url");
        }

        var headlines = new[] { result.Metadata.Headline?.Value, result.Article.Title, result.Article.TextOf(ArticlePart.Headline) }
            .Select(NormalizeHeadline).OfType<string>().ToHashSet();
        if (OutletResolver.Find(knowledge, result.Metadata, raw.OutletHint) is { } outlet && headlines.Count > 0
            && articles.FirstOrDefault(a => a.OutletId == outlet.Id
                && (headlines.Contains(NormalizeHeadline(a.Headline)!) || (NormalizeHeadline(a.PrintHeadline) is { } print && headlines.Contains(print)))) is { } byHeadline)
        {
            return (byHeadline, "outlet-headline");
        }

        return result.CrossArticle.Articles.Where(m => m.Kind == ArticleMatchKind.Same).MaxBy(m => m.Similarity) is { } same
               && articles.FirstOrDefault(a => a.Id == same.ArticleId) is { } matched
            ? (matched, "cross-article")
            : null;
    }

    /// <summary>Scheme and host lower-cased, fragment, tracking parameters and trailing slash dropped; null for anything but http(s).</summary>
    public static string? NormalizeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("fbclid", StringComparison.OrdinalIgnoreCase)));
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return $"{host.ToLowerInvariant()}{uri.AbsolutePath.TrimEnd('/')}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>Letters and digits only, lower-case, single spaces: curly and straight quotes, dashes and spacing do not matter.</summary>
    public static string? NormalizeHeadline(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline))
        {
            return null;
        }

        var sb = new StringBuilder(headline.Length);
        foreach (var c in headline.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ' && !(c is '\'' or '’' or '‘'))
            {
                sb.Append(' ');
            }
        }

        var normalized = sb.ToString().Trim();
        return normalized.Length >= 8 ? normalized : null; // "Comment" or "Editorial" alone is no identification
    }
}
