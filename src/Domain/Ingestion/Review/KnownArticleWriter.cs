using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// Gives a known article its cleaned text. Its stored quotations are re-anchored first; only when every one
/// survives is the text attached (the article, then each claim with its new offsets, through the record editor
/// and its history), because an article's offsets must all mean the same thing: characters of its stored text
/// once it has one, of its raw source document before (docs/ingestion.md). Runs inside the caller's transaction.
/// </summary>
public sealed class KnownArticleWriter(NewsTreatyDbContext db, RecordEditor editor)
{
    public async Task<(KnownArticleContext Context, AnchorReport Report)> AttachAsync(KnownArticle known, string how, PreparedIngestion prepared, string actor, CancellationToken ct)
    {
        var stored = await db.Articles.AsNoTracking().Where(a => a.Id == known.Id)
            .Select(a => new { a.Id, a.Slug, a.Revision, a.Text, a.ContentHash, a.SourceSha256, a.OutletId }).FirstAsync(ct);
        var appearances = await db.Appearances.AsNoTracking().Where(a => a.ArticleId == stored.Id)
            .Join(db.Claims, a => a.ClaimId, c => c.Id, (a, c) => new { a.ClaimId, Claim = c.Slug, a.Quote, a.Start, a.End })
            .OrderBy(a => a.Start).ToListAsync(ct);
        var cleaned = prepared.Result.Article;
        var offsetsAreRaw = stored.Text is null && string.Equals(stored.SourceSha256, prepared.Submitted.RawSha256, StringComparison.OrdinalIgnoreCase);
        var quotes = Reanchoring.Run(appearances.Select(a => (a.Claim, a.Quote, a.Start, a.End)), cleaned, offsetsAreRaw);
        var lost = quotes.Count(q => q.Outcome == AnchorOutcome.Lost);

        AnchorReport report;
        if (stored.ContentHash == prepared.ContentHash)
        {
            report = new AnchorReport(false, "The article already has this text; nothing to change.", quotes);
        }
        else if (stored.Text is not null)
        {
            report = new AnchorReport(false, "The article already has a different stored text; it was kept (its quotations refer to it).", quotes);
        }
        else if (lost > 0)
        {
            report = new AnchorReport(false,
                $"{lost} of {quotes.Count} stored quotations did not survive cleaning, so the text was not attached and nothing was changed; see each one's note.", quotes);
        }
        else
        {
            await AttachTextAsync(stored.Id, stored.Slug, stored.Revision, cleaned.Text, quotes, actor, ct);
            report = new AnchorReport(true,
                $"Text attached; {quotes.Count(q => q.Outcome == AnchorOutcome.Moved)} quotations re-anchored through the offset map, {quotes.Count(q => q.Outcome == AnchorOutcome.Relocated)} found by their words.", quotes);
        }

        var outlet = await db.Outlets.AsNoTracking().Where(o => o.Id == stored.OutletId).Select(o => o.Slug).FirstAsync(ct);
        var events = await db.Set<EventArticle>().AsNoTracking().Where(e => e.ArticleId == stored.Id).Select(e => e.EventId).ToListAsync(ct);
        var related = await db.Set<ArticleRelation>().AsNoTracking().Where(r => r.ArticleId == stored.Id && r.TargetArticleId != null)
            .Select(r => r.TargetArticleId!.Value).ToListAsync(ct);
        var context = new KnownArticleContext(known, outlet, how,
            [.. quotes.Where(q => q.NewStart is not null).Select(q => new TextSpan(q.NewStart!.Value, q.NewEnd!.Value))],
            appearances.Select(a => a.ClaimId).ToHashSet(), events.ToHashSet(), related.ToHashSet());
        return (context, report);
    }

    private async Task AttachTextAsync(int articleId, string slug, int revision, string text, IReadOnlyList<AnchoredQuote> quotes, string actor, CancellationToken ct)
    {
        await editor.UpdateAsync<BundleArticle>(Key(articleId), revision,
            record => record with { Text = text, ContentHash = null }, actor, ct);
        foreach (var claim in quotes.GroupBy(q => q.Claim))
        {
            var current = await db.Claims.AsNoTracking().Where(c => c.Slug == claim.Key).Select(c => new { c.Id, c.Revision }).FirstAsync(ct);
            await editor.UpdateAsync<BundleClaim>(Key(current.Id), current.Revision, bundle =>
            {
                return bundle with
                {
                    Appearances = (bundle.Appearances ?? []).Select(a =>
                        a.Article == slug && claim.FirstOrDefault(q => q.Start == a.Start && q.End == a.End && q.Quote == a.Quote) is { NewStart: { } start, NewEnd: { } end }
                            ? a with { Start = start, End = end }
                            : a).ToList(),
                };
            }, actor, ct);
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
