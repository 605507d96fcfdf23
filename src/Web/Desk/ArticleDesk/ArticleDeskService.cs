using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Web.Desk.ArticleDesk;

/// <summary>A pasted or uploaded article after the ingestion pipeline's cleaning and metadata stages.</summary>
public sealed record CleanedDraft(string Text, string? Headline, string? Byline, string? Standfirst, string? Dateline, Genre Genre,
    string? OutletSlug, string? PublishedDate, string? CanonicalUrl, string Language);

/// <summary>A stored article's text with its stored quotations, for the reading pane.</summary>
public sealed record ArticleText(string Slug, string Headline, string? Text, IReadOnlyList<TextMark> Quotations);

/// <summary>
/// What the article desk reads: the pipeline's cleaner and metadata stages for a pasted article (the same stages
/// ingestion runs), and a stored article's text with the quotations already made from it.
/// </summary>
internal sealed class ArticleDeskService(IServiceScopeFactory scopes)
{
    /// <summary>Pasted text or HTML (or an uploaded file's content) cleaned to the article's own text.</summary>
    public static CleanedDraft Clean(string content, string? url, string? fileName)
    {
        var format = LooksLikeHtml(content, fileName) ? SourceFormat.Html : SourceFormat.Text;
        var raw = new RawArticle(content, format, string.IsNullOrWhiteSpace(url) ? null : url.Trim(), FileName: fileName);
        var cleaned = new ArticleCleaner().Run(raw);
        var metadata = new MetadataExtractor().Run(raw, cleaned, KnowledgeSnapshot.Empty);
        return new CleanedDraft(cleaned.Text,
            metadata.Headline?.Value ?? cleaned.Title ?? FirstLine(cleaned.Text),
            metadata.Byline?.Value, metadata.Standfirst?.Value, metadata.Dateline?.Value, metadata.Genre.Value,
            metadata.OutletSlug, metadata.Published?.Value.Date.ToString(), metadata.CanonicalUrl ?? raw.Url, metadata.Language);
    }

    public async Task<ArticleText?> TextAsync(string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Slug, a.Headline, a.Text }).FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return null;
        }

        var quotations = await db.Appearances.AsNoTracking().Where(a => a.ArticleId == article.Id)
            .Join(db.Claims, a => a.ClaimId, c => c.Id, (a, c) => new TextMark(a.Start, a.End, TextMarkKind.Claim, c.Slug, c.Text))
            .ToListAsync(ct);
        return new ArticleText(article.Slug, article.Headline, article.Text, quotations.OrderBy(q => q.Start).ToList());
    }

    private static bool LooksLikeHtml(string content, string? fileName) =>
        fileName?.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) == true || fileName?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true
        || content.TrimStart().StartsWith('<')
        || content.Contains("</p>", StringComparison.OrdinalIgnoreCase);

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } line && line.Length <= 300 ? line : null;
}
