using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>Which ingestions a list shows: all, those still waiting for review, or those fully reviewed.</summary>
public enum IngestionStatusFilter
{
    All,
    Pending,
    Reviewed,
}

/// <summary>Reads ingestions for the review queue: newest first in keyset pages, or one with its text and every proposal.</summary>
public sealed class IngestionQueries(NewsTreatyDbContext db)
{
    public async Task<Page<IngestionSummaryView>> ListAsync(IngestionStatusFilter status, int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var query = db.Ingestions.AsNoTracking();
        query = status switch
        {
            IngestionStatusFilter.Pending => query.Where(i => i.Proposals.Any(p => p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Edited)),
            IngestionStatusFilter.Reviewed => query.Where(i => !i.Proposals.Any(p => p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Edited)),
            _ => query,
        };
        if (Cursor.DecodeId(cursor) is { } after)
        {
            query = query.Where(i => i.Id < after);
        }

        var rows = await query.OrderByDescending(i => i.Id).Take(take + 1)
            .Select(i => new { i.Id, i.Headline, i.FileName, i.Url, i.Format, i.SubmittedBy, i.SubmittedAt, i.ArticleSlug, i.Revision })
            .ToListAsync(ct);
        var page = rows.Take(take).ToList();
        var ids = page.Select(r => r.Id).ToList();
        var counts = (await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.IngestionId))
                .GroupBy(p => new { p.IngestionId, p.Status }).Select(g => new { g.Key.IngestionId, g.Key.Status, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(c => c.IngestionId);
        var items = page.Select(r =>
        {
            var c = Counts(counts[r.Id].Select(x => (x.Status, x.Count)));
            return new IngestionSummaryView(r.Id, r.Headline, r.FileName, r.Url, r.Format, r.SubmittedBy, r.SubmittedAt, r.ArticleSlug, StatusOf(c), c, r.Revision);
        }).ToList();
        return new Page<IngestionSummaryView>(items, rows.Count > take ? Cursor.Encode(page[^1].Id) : null);
    }

    public async Task<IngestionView?> GetAsync(int id, CancellationToken ct)
    {
        var ingestion = await db.Ingestions.AsNoTracking().Include(i => i.Proposals).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (ingestion is null)
        {
            return null;
        }

        var proposals = ingestion.Proposals.OrderBy(p => p.Ordinal).Select(p => View(ingestion, p)).ToList();
        var counts = Counts(ingestion.Proposals.GroupBy(p => p.Status).Select(g => (g.Key, g.Count())));
        return new IngestionView(ingestion.Id, StatusOf(counts), ingestion.SubmittedBy, ingestion.SubmittedAt, ingestion.Format, ingestion.FileName,
            ingestion.Url, ingestion.OutletHint, ingestion.PublishedHint, ingestion.RawSha256, ingestion.RawLength, ingestion.ContentHash,
            ingestion.PipelineVersion, await ArticleAsync(ingestion, ct),
            ingestion.Recognition is { } how ? new RecognitionView(how, ingestion.AnchorReportJson is { } json ? ProposalPayloads.Read<AnchorReport>(json) : null) : null,
            counts, ingestion.Text, proposals, ingestion.Revision, ingestion.UpdatedAt);
    }

    public async Task<ProposalView?> GetProposalAsync(int ingestionId, int proposalId, CancellationToken ct)
    {
        var text = await db.Ingestions.AsNoTracking().Where(i => i.Id == ingestionId).Select(i => i.Text).FirstOrDefaultAsync(ct);
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId && p.IngestionId == ingestionId, ct);
        return text is null || proposal is null ? null : View(text, proposal);
    }

    private static ProposalView View(ArticleIngestion ingestion, Proposal p) => View(ingestion.Text, p);

    private static ProposalView View(string text, Proposal p) => new(
        p.Id, p.Ordinal, p.Kind, p.Status, p.Label,
        p.Start is { } s && p.End is { } e && e <= text.Length && s <= e ? new SpanView(s, e, text[s..e]) : null,
        p.RawStart is { } rs && p.RawEnd is { } re ? new SpanView(rs, re, null) : null,
        p.Confidence, p.Reason,
        p.Matched is { } m ? new MatchedView(m.Type, m.Id, m.Slug, m.WikidataId, $"/api/v1/{m.Type.ToString().ToLowerInvariant()}s/{m.Slug}") : null,
        ProposalPayloads.Element(p.Payload), p.Payload == p.ProposedPayload ? null : ProposalPayloads.Element(p.ProposedPayload),
        p.ReviewedBy is { } by && p.ReviewedAt is { } at ? new ReviewView(by, at, p.ReviewNote, p.Outcome) : null, p.Revision);

    private async Task<IngestedArticleView?> ArticleAsync(ArticleIngestion ingestion, CancellationToken ct)
    {
        if (ingestion.ArticleId is { } articleId && await db.Articles.AsNoTracking().Include(a => a.Outlet).FirstOrDefaultAsync(a => a.Id == articleId, ct) is { } stored)
        {
            var produced = ingestion.Recognition is null ? ingestion.Proposals.FirstOrDefault(p => p.Kind == ProposalKind.ArticleMetadata)?.Id : null;
            return new IngestedArticleView(stored.Slug, ingestion.Recognition is not null, stored.Id, stored.Headline,
                new IngestedOutletView(stored.Outlet.Slug, stored.Outlet.Name, true), Map.Published(stored), stored.PublishedOn.ToString(), stored.Genre,
                stored.Byline, stored.Dateline, stored.Standfirst, stored.Language, stored.CanonicalUrl, produced);
        }

        if (ingestion.Proposals.FirstOrDefault(p => p.Kind == ProposalKind.ArticleMetadata) is not { } proposal)
        {
            return null;
        }

        var payload = ProposalPayloads.Read<ArticlePayload>(proposal.Payload);
        var a = payload.Article;
        var outletName = payload.NewOutlet?.Slug == a.Outlet ? payload.NewOutlet.Name
            : await db.Outlets.AsNoTracking().Where(o => o.Slug == a.Outlet).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return new IngestedArticleView(a.Slug, false, null, a.Headline,
            a.Outlet.Length == 0 ? null : new IngestedOutletView(a.Outlet, outletName ?? a.Outlet, payload.NewOutlet?.Slug != a.Outlet),
            Published(a.Published), a.Published.Date.Length == 0 ? null : a.Published.Date, a.Genre, a.Byline, a.Dateline, a.Standfirst, a.Language,
            a.CanonicalUrl, proposal.Id);
    }

    /// <summary>The proposed publication as the API shows a stored one; null while the date is missing or malformed.</summary>
    private static PublishedView? Published(BundlePublished published)
    {
        if (!PartialDate.TryParse(published.Date, out var date))
        {
            return null;
        }

        try
        {
            var time = published.Time is { } t && TimeOnly.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (TimeOnly?)null;
            var publication = new Articles.Publication(date, time, published.TimeZone, published.Basis, published.Note);
            return new PublishedView(DateView.Of(date), published.Time, published.TimeZone, published.Basis, published.Note, publication.EarliestUtc());
        }
        catch (DomainException)
        {
            return null; // an unknown time zone: the editor fixes it before accepting
        }
    }

    private static ProposalCountsView Counts(IEnumerable<(ProposalStatus Status, int Count)> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return new ProposalCountsView(byStatus.GetValueOrDefault(ProposalStatus.Proposed), byStatus.GetValueOrDefault(ProposalStatus.Edited),
            byStatus.GetValueOrDefault(ProposalStatus.Accepted), byStatus.GetValueOrDefault(ProposalStatus.Rejected));
    }

    private static string StatusOf(ProposalCountsView counts) => counts.Proposed + counts.Edited > 0 ? "pending" : "reviewed";
}
