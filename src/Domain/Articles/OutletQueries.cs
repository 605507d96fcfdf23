using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Articles;

/// <summary>Outlets for the reader pages: the directory, and one outlet's record. Lists are bounded; counts are exact.</summary>
public sealed class OutletQueries(NewsTreatyDbContext db)
{
    /// <summary>How many of an outlet's own-voice claims and covered events its record lists.</summary>
    public const int Shown = 50;

    public async Task<IReadOnlyList<OutletSummaryView>> ListAsync(CancellationToken ct)
    {
        var outlets = await db.Outlets.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        var counts = await db.Articles.AsNoTracking().GroupBy(a => a.OutletId)
            .Select(g => new { g.Key, All = g.Count(), Own = g.Count(a => a.OriginOutletId == null || a.OriginOutletId == a.OutletId) })
            .ToDictionaryAsync(c => c.Key, ct);
        return outlets.Select(o => new OutletSummaryView(Map.Ref(o), o.Homepage,
            counts.GetValueOrDefault(o.Id)?.All ?? 0, counts.GetValueOrDefault(o.Id)?.Own ?? 0)).ToList();
    }

    public async Task<OutletView?> GetAsync(string key, CancellationToken ct)
    {
        var outlet = await db.Outlets.AsNoTracking().FirstOrDefaultAsync(KeyLookup.ByIdOrSlug<Outlet>(key), ct);
        if (outlet is null)
        {
            return null;
        }

        var id = outlet.Id;
        var articles = db.Articles.AsNoTracking().Where(a => a.OutletId == id);
        var total = await articles.CountAsync(ct);
        var own = await articles.CountAsync(a => a.OriginOutletId == null || a.OriginOutletId == id, ct);

        // Links out: this outlet's articles that copy another outlet's article or relay another outlet's reporting.
        var outgoing = await articles.SelectMany(a => a.Relations, (a, r) => new
        {
            a.Id,
            r.Kind,
            Target = r.TargetArticle != null ? r.TargetArticle.OutletId : r.TargetOutletId,
        }).Where(x => x.Target != null && x.Target != id).ToListAsync(ct);
        // Links in: other outlets' articles whose relations point at this outlet or at one of its articles.
        var incoming = await db.Articles.AsNoTracking().Where(a => a.OutletId != id).SelectMany(a => a.Relations, (a, r) => new
        {
            a.Id,
            r.Kind,
            Carrier = a.OutletId,
            Target = r.TargetArticle != null ? r.TargetArticle.OutletId : r.TargetOutletId,
        }).Where(x => x.Target == id).ToListAsync(ct);
        var linkedIds = outgoing.Select(x => x.Target!.Value).Concat(incoming.Select(x => x.Carrier)).Distinct().ToList();
        var linked = await db.Outlets.AsNoTracking().Where(o => linkedIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var carries = outgoing.GroupBy(x => (Outlet: x.Target!.Value, x.Kind))
            .Select(g => new OutletLinkView(Map.Ref(linked[g.Key.Outlet]), g.Key.Kind, g.Select(x => x.Id).Distinct().Count()))
            .OrderByDescending(l => l.Articles).ThenBy(l => l.Outlet.Name, StringComparer.Ordinal).ToList();
        var carriedBy = incoming.GroupBy(x => (Outlet: x.Carrier, x.Kind))
            .Select(g => new OutletLinkView(Map.Ref(linked[g.Key.Outlet]), g.Key.Kind, g.Select(x => x.Id).Distinct().Count()))
            .OrderByDescending(l => l.Articles).ThenBy(l => l.Outlet.Name, StringComparer.Ordinal).ToList();

        var ownVoice = db.Claims.AsNoTracking().Where(c => c.ClaimantOutletId == id);
        var events = db.Events.AsNoTracking().Where(e => e.Articles.Any(a => a.Article.OutletId == id));
        return new OutletView(
            Map.Ref(outlet), outlet.Homepage, total, own, carries, carriedBy,
            (await ownVoice.OrderByDescending(c => c.FirstSeenUtc).ThenBy(c => c.Id).Take(Shown).ToListAsync(ct)).Select(Map.Ref).ToList(),
            await ownVoice.CountAsync(ct),
            (await events.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(Shown).ToListAsync(ct)).Select(Map.Ref).ToList(),
            await events.CountAsync(ct), outlet.Revision, outlet.UpdatedAt);
    }
}
