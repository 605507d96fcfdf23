using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Desk.ArticleDesk;

/// <summary>A stored article's text with its stored quotations, for the reading pane.</summary>
public sealed record ArticleText(string Slug, string Headline, string? Text, IReadOnlyList<TextMark> Quotations);

/// <summary>What the article desk reads: a stored article's text with the quotations already made from it.</summary>
internal sealed class ArticleDeskService(IServiceScopeFactory scopes)
{
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
}
