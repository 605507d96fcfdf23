using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
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

    /// <summary>
    /// How many claims an event has, and the newest <paramref name="take"/> of them: one count and one bounded
    /// range of the (event, first seen, claim) index of schema step 0008, whether the event has fifty claims or
    /// fifty thousand.
    /// </summary>
    public async Task<(IReadOnlyList<ClaimSummaryView> Newest, int Total)> NewestForEventAsync(int eventId, int take, CancellationToken ct)
    {
        var total = await db.Set<ClaimEvent>().CountAsync(e => e.EventId == eventId, ct);
        var ids = (await NewestKeysForEventAsync(eventId, null, take, ct)).Select(k => k.Id).ToList();
        var rows = (await Summaries(db.Claims.Where(c => ids.Contains(c.Id))).ToListAsync(ct)).ToDictionary(r => r.Claim.Id, ToSummary);
        return (ids.Select(id => rows[id]).ToList(), total);
    }

    public async Task<ClaimView?> GetAsync(string key, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().AsSplitQuery()
            .Include(c => c.ClaimantActor).Include(c => c.ClaimantOutlet)
            .Include(c => c.Subjects).ThenInclude(s => s.Actor)
            .Include(c => c.Events).ThenInclude(e => e.Event)
            .Include(c => c.Quantities)
            .Include(c => c.Appearances).ThenInclude(a => a.Article).ThenInclude(a => a.Outlet)
            .FirstOrDefaultAsync(KeyLookup.ByIdOrSlug<Claim>(key), ct);
        if (claim is null)
        {
            return null;
        }

        var originIds = claim.Appearances.Select(a => a.Article.OriginOutletId ?? a.Article.OutletId).Distinct().ToList();
        var origins = await db.Outlets.AsNoTracking().Where(o => originIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var appearances = InOriginOrder(claim.Appearances)
            .Select(a => new AppearanceView(a.Id, Map.Ref(a.Article), Map.Ref(a.Article.Outlet),
                Map.Ref(origins[a.Article.OriginOutletId ?? a.Article.OutletId]), a.Quote, a.Start, a.End, a.Role, a.Attribution))
            .ToList();
        var corroboration = Corroboration.From(claim.Appearances.Select(a => (a.Article.OutletId, a.Article.OriginOutletId ?? a.Article.OutletId, a.Role)));

        var eventIds = claim.Events.Select(e => e.EventId).ToList();
        var subjectIds = claim.Subjects.Select(s => s.ActorId).ToList();
        var related = await RelatedAsync(claim.Id, eventIds, subjectIds, ct);

        return new ClaimView(
            claim.Id, claim.Slug, claim.Text, claim.Kind, Map.Claimant(claim),
            claim.Subjects.Select(s => Map.Ref(s.Actor)).OrderBy(a => a.Name).ToList(),
            claim.Events.Select(e => Map.Ref(e.Event)).OrderBy(e => e.Date.Start).ToList(),
            claim.Hedging,
            claim.Quantities.OrderBy(q => q.Id).Select(Map.Quantity).ToList(),
            claim.Status, claim.StatusNote, appearances,
            new CorroborationView(corroboration.Outlets, corroboration.IndependentOrigins),
            claim.Appearances.Count > 0 ? claim.Appearances.Min(a => a.Article.PublishedUtc) : null,
            related,
            claim.Revision, claim.UpdatedAt);
    }

    /// <summary>
    /// Appearances grouped by independent origin, the origin that reported first leading; within a group the
    /// origin's own article comes before its syndicated copies and relays even when a copy was dated earlier (the
    /// Straits Times ran the Economist's piece on 18 June, the Economist's print edition is dated 22 June).
    /// </summary>
    internal static IEnumerable<Appearance> InOriginOrder(IEnumerable<Appearance> appearances) =>
        appearances.GroupBy(a => a.Article.OriginOutletId ?? a.Article.OutletId)
            .OrderBy(g => g.Min(a => a.Article.PublishedUtc)).ThenBy(g => g.Key)
            .SelectMany(g => g.OrderBy(a => a.Article.OutletId == g.Key ? 0 : 1).ThenBy(a => a.Article.PublishedUtc).ThenBy(a => a.Id));

    /// <summary>
    /// Claims sharing the most events (weight 2) and subjects (weight 1) with this one. Candidates are each
    /// event's and each subject's newest claims, read from the (event or actor, first seen, claim) indexes and
    /// capped, so a claim about a head actor (in a quarter of a large corpus) or a busy event costs a few
    /// bounded index ranges instead of a count over every claim.
    /// </summary>
    private async Task<List<ClaimRef>> RelatedAsync(int id, List<int> eventIds, List<int> subjectIds, CancellationToken ct)
    {
        const int Candidates = 400;
        var candidates = new List<(int Id, int Weight)>();
        foreach (var eventId in eventIds.Take(8))
        {
            candidates.AddRange((await db.Set<ClaimEvent>().AsNoTracking().Where(e => e.EventId == eventId && e.ClaimId != id)
                .OrderByDescending(e => e.FirstSeenUtc).ThenByDescending(e => e.ClaimId).Select(e => e.ClaimId).Take(Candidates)
                .ToListAsync(ct)).Select(c => (c, 2)));
        }

        foreach (var actorId in subjectIds.Take(8))
        {
            candidates.AddRange((await db.Set<ClaimSubject>().AsNoTracking().Where(s => s.ActorId == actorId && s.ClaimId != id)
                .OrderByDescending(s => s.FirstSeenUtc).ThenByDescending(s => s.ClaimId).Select(s => s.ClaimId).Take(Candidates)
                .ToListAsync(ct)).Select(c => (c, 1)));
        }

        var top = candidates.GroupBy(c => c.Id).Select(g => (g.Key, Score: g.Sum(c => c.Weight)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Key).Take(8).ToList();
        var ids = top.Select(t => t.Key).ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return top.Where(t => claims.ContainsKey(t.Key)).Select(t => Map.Ref(claims[t.Key])).ToList();
    }
}
