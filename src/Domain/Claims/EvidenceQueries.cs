using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// Quotations in context. Only a window of each article's text around the quotation leaves the database (and the
/// paragraph count is computed there), so a claim quoted in fifty long articles costs fifty short strings.
/// </summary>
public sealed class EvidenceQueries(NewsTreatyDbContext db, ClaimQueries claims)
{
    private const int Window = QuoteContext.Window;

    public async Task<IReadOnlyDictionary<int, AppearanceEvidence>> ForAppearancesAsync(IReadOnlyCollection<int> appearanceIds, CancellationToken ct)
    {
        if (appearanceIds.Count == 0)
        {
            return new Dictionary<int, AppearanceEvidence>();
        }

        var ids = appearanceIds.ToList();
        var rows = await db.Appearances.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.Id,
            a.Start,
            a.End,
            a.Quote,
            a.Article.CanonicalUrl,
            a.Article.Outlet.Homepage,
            From = a.Start > Window ? a.Start - Window : 0,
            Excerpt = a.Article.Text == null ? null : a.Article.Text.Substring(a.Start > Window ? a.Start - Window : 0, a.End - a.Start + 2 * Window),
            Length = a.Article.Text == null ? 0 : a.Article.Text.Length,
            // Paragraph breaks before the quotation, and in all: each "\n\n" removed shortens the text by two.
            BreaksBefore = a.Article.Text == null ? 0
                : (a.Article.Text.Substring(0, a.Start).Length - a.Article.Text.Substring(0, a.Start).Replace("\n\n", "").Length) / 2,
            Breaks = a.Article.Text == null ? 0 : (a.Article.Text.Length - a.Article.Text.Replace("\n\n", "").Length) / 2,
        }).ToListAsync(ct);

        return rows.ToDictionary(r => r.Id, r =>
        {
            QuoteInText? inText = null;
            if (r.Excerpt is { } excerpt && QuoteContext.Locate(excerpt, r.Quote, r.Start - r.From) is var at and >= 0
                && QuoteContext.Around(excerpt, at, r.Quote.Length, wholeStart: r.From == 0, wholeEnd: r.From + excerpt.Length >= r.Length) is { } context)
            {
                inText = new QuoteInText(context, r.BreaksBefore + 1, r.Breaks + 1);
            }

            return new AppearanceEvidence(r.Id, inText, r.CanonicalUrl ?? r.Homepage, r.CanonicalUrl is not null);
        });
    }

    /// <summary>
    /// An event's strongest quotation: from its best-corroborated claim (most independent origins; false and
    /// misleading claims are not offered), the quotation closest to the source.
    /// </summary>
    public async Task<QuotationView?> StrongestForEventAsync(int eventId, CancellationToken ct)
    {
        var claimId = await db.Claims.AsNoTracking().Where(c => c.Events.Any(e => e.EventId == eventId))
            .Where(c => c.Status != ReviewStatus.False && c.Status != ReviewStatus.Misleading && c.Appearances.Any())
            .OrderByDescending(c => c.OriginCount).ThenByDescending(c => c.Status == ReviewStatus.Confirmed).ThenBy(c => c.FirstSeenUtc).ThenBy(c => c.Id)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (claimId is null || await claims.GetAsync(claimId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ct) is not { } claim
            || StrongestQuotation.Of(claim.Appearances) is not { } best)
        {
            return null;
        }

        var evidence = await ForAppearancesAsync([best.Id], ct);
        return new QuotationView(new ClaimRef(claim.Id, claim.Slug, claim.Text, claim.Kind, claim.Status), claim.Claimant, best, evidence[best.Id]);
    }

    /// <summary>Each listed claim's quotations in one article, in reading order, with their evidence.</summary>
    public async Task<ILookup<int, (AppearanceView Appearance, AppearanceEvidence Evidence)>> InArticleAsync(
        int articleId, IReadOnlyCollection<int> claimIds, CancellationToken ct)
    {
        var ids = claimIds.ToList();
        var rows = await db.Appearances.AsNoTracking().Where(a => a.ArticleId == articleId && ids.Contains(a.ClaimId))
            .Include(a => a.Article).ThenInclude(a => a.Outlet).OrderBy(a => a.Start).ToListAsync(ct);
        var evidence = await ForAppearancesAsync(rows.Select(r => r.Id).ToList(), ct);
        return rows.ToLookup(r => r.ClaimId, r => (
            new AppearanceView(r.Id, Map.Ref(r.Article), Map.Ref(r.Article.Outlet), Map.Ref(r.Article.Outlet), r.Quote, r.Start, r.End, r.Role),
            evidence[r.Id]));
    }
}
