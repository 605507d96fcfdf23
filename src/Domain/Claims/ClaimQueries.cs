using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

public sealed partial class ClaimQueries(NewsTreatyDbContext db)
{
    internal sealed record Row(Claim Claim, Actor? Actor, Outlet? Outlet, int Outlets, int Origins, DateTime FirstSeen);

    /// <summary>Every claim, newest first appearance first: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<ClaimSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new ClaimFilter(), limit, cursor, ct);

    internal static IQueryable<Row> Summaries(IQueryable<Claim> claims) =>
        claims.AsNoTracking().Select(c => new Row(c, c.ClaimantActor, c.ClaimantOutlet, c.OutletCount, c.OriginCount, c.FirstSeenUtc));

    internal static ClaimSummaryView ToSummary(Row r) => new(
        r.Claim.Id, r.Claim.Slug, r.Claim.Text, r.Claim.Kind,
        Map.Claimant(r.Claim, r.Actor, r.Outlet),
        r.Claim.Hedging, r.Claim.Status, new CorroborationView(r.Outlets, r.Origins), Seen(r.FirstSeen), r.Claim.Revision);

    /// <summary>The stored first-seen date, or null for a claim not yet seen in any article.</summary>
    internal static DateTime? Seen(DateTime firstSeenUtc) => firstSeenUtc == DateTime.MinValue ? null : DateTime.SpecifyKind(firstSeenUtc, DateTimeKind.Utc);

    public async Task<ClaimView?> GetAsync(string key, CancellationToken ct)
    {
        var compiled = ClaimRecordQueries.For(db);
        var head = int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var byId)
            ? await compiled.ById(db, byId)
            : await compiled.BySlug(db, key);
        if (head is null)
        {
            return null;
        }

        var claim = head.Claim;
        var subjects = await ClaimRecordQueries.ListAsync(compiled.Subjects(db, claim.Id), ct);
        var events = await ClaimRecordQueries.ListAsync(compiled.Events(db, claim.Id), ct);
        var quantities = await ClaimRecordQueries.ListAsync(compiled.Quantities(db, claim.Id), ct);
        var found = await ClaimRecordQueries.ListAsync(compiled.Appearances(db, claim.Id), ct);
        var appearances = InOriginOrder(found)
            .Select(a => new AppearanceView(a.Id, new ArticleRef(a.ArticleId, a.ArticleSlug, a.Headline, a.Outlet.Name, DateView.Of(a.PublishedOn)),
                Map.Ref(a.Outlet), Map.Ref(a.Origin), a.Quote, a.Start, a.End, a.Role,
                a.AttributionQuote is { } q && a.AttributionStart is { } s && a.AttributionEnd is { } e ? new AttributionSpan(q, s, e) : null))
            .ToList();
        var corroboration = Corroboration.From(found.Select(a => (a.Outlet.Id, a.Origin.Id, a.Role)));
        var related = await RelatedAsync(claim.Id, events.Select(e => e.Id).ToList(), subjects.Select(s => s.Id).ToList(), ct);
        var claimant = head.ActorId is { } actorId
            ? new ClaimantView("actor", actorId, head.ActorSlug!, head.ActorName!, claim.ClaimantInferred, claim.ClaimantNote, head.ActorKind)
            : new ClaimantView("outlet", head.OutletId!.Value, head.OutletSlug!, head.OutletName!, claim.ClaimantInferred, claim.ClaimantNote);

        return new ClaimView(
            claim.Id, claim.Slug, claim.Text, claim.Kind, claimant,
            subjects.OrderBy(a => a.Name).ToList(),
            events.Select(e => new EventRef(e.Id, e.Slug, e.Title, DateView.Of(e.Date), e.Kind)).OrderBy(e => e.Date.Start).ToList(),
            claim.Hedging,
            quantities.Select(Map.Quantity).ToList(),
            claim.Status, claim.StatusNote, appearances,
            new CorroborationView(corroboration.Outlets, corroboration.IndependentOrigins),
            found.Count > 0 ? found.Min(a => a.PublishedUtc) : null,
            related,
            claim.Revision, claim.UpdatedAt);
    }

    /// <summary>
    /// Appearances grouped by independent origin, the origin that reported first leading; within a group the
    /// origin's own article comes before its syndicated copies and relays even when a copy was dated earlier (the
    /// Straits Times ran the Economist's piece on 18 June, the Economist's print edition is dated 22 June).
    /// </summary>
    private static IEnumerable<ClaimRecordQueries.AppearanceRow> InOriginOrder(IEnumerable<ClaimRecordQueries.AppearanceRow> appearances) =>
        appearances.GroupBy(a => a.Origin.Id)
            .OrderBy(g => g.Min(a => a.PublishedUtc)).ThenBy(g => g.Key)
            .SelectMany(g => g.OrderBy(a => a.Outlet.Id == g.Key ? 0 : 1).ThenBy(a => a.PublishedUtc).ThenBy(a => a.Id));

    /// <summary>
    /// Claims sharing the most events (weight 2) and subjects (weight 1) with this one. Candidates are each
    /// event's and each subject's newest claims, read from the (event or actor, first seen, claim) indexes and
    /// capped, so a claim about a head actor (in a quarter of a large corpus) or a busy event costs a few
    /// bounded index ranges instead of a count over every claim.
    /// </summary>
    private async Task<List<ClaimRef>> RelatedAsync(int id, List<int> eventIds, List<int> subjectIds, CancellationToken ct)
    {
        const int Candidates = 400;
        var compiled = ClaimRecordQueries.For(db);
        var candidates = new List<(int Id, int Weight)>();
        foreach (var eventId in eventIds.Take(8))
        {
            await foreach (var claim in compiled.EventNeighbours(db, eventId, id, Candidates).WithCancellation(ct))
            {
                candidates.Add((claim, 2));
            }
        }

        foreach (var actorId in subjectIds.Take(8))
        {
            await foreach (var claim in compiled.SubjectNeighbours(db, actorId, id, Candidates).WithCancellation(ct))
            {
                candidates.Add((claim, 1));
            }
        }

        var top = candidates.GroupBy(c => c.Id).Select(g => (g.Key, Score: g.Sum(c => c.Weight)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Key).Take(8).ToList();
        var ids = top.Select(t => t.Key).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var claims = (await ClaimRecordQueries.ListAsync(compiled.Refs(db, ids), ct)).ToDictionary(c => c.Id);
        return top.Where(t => claims.ContainsKey(t.Key)).Select(t => claims[t.Key]).ToList();
    }
}
