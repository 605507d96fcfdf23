using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Desk.Services;

public sealed record QueueClaim(string Slug, string Text, string? Claimant, int Quotations, DateTime UpdatedAt);

public sealed record QueueArticle(string Slug, string Headline, string Outlet, bool HasText, DateTime Published);

/// <summary>What waits for an editor: claims nobody has reviewed yet, and stored articles no claim quotes.</summary>
internal sealed class ReviewQueue(IServiceScopeFactory scopes)
{
    public async Task<(IReadOnlyList<QueueClaim> Claims, int ClaimCount, IReadOnlyList<QueueArticle> Articles, int ArticleCount)> LoadAsync(int take, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var claims = db.Claims.AsNoTracking().Where(c => c.Status == ReviewStatus.Unreviewed);
        var articles = db.Articles.AsNoTracking().Where(a => !db.Appearances.Any(x => x.ArticleId == a.Id));
        return (
            await claims.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Slug).Take(take)
                .Select(c => new QueueClaim(c.Slug, c.Text, c.ClaimantActor != null ? c.ClaimantActor.Name : c.ClaimantOutlet != null ? c.ClaimantOutlet.Name : null,
                    c.Appearances.Count, c.UpdatedAt)).ToListAsync(ct),
            await claims.CountAsync(ct),
            // Articles with stored text first: they are the ones a quotation can be selected from.
            await articles.OrderByDescending(a => a.Text != null).ThenByDescending(a => a.PublishedUtc).Take(take)
                .Select(a => new QueueArticle(a.Slug, a.Headline, a.Outlet.Name, a.Text != null, a.PublishedUtc)).ToListAsync(ct),
            await articles.CountAsync(ct));
    }
}
