using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Editing;

/// <summary>
/// Earlier versions of a record for pinned embeds, from the revision history: the record's own content (text,
/// status, quotations, dates, names) as it was at revision N, laid over the live view so references to other
/// records still resolve. Revision N is the "after" snapshot of the change that produced it, or the "before"
/// snapshot of the change that followed it (a curated record's first revision exists only as the latter).
/// </summary>
public sealed class HistoryRevisionSource(NewsTreatyDbContext db, ClaimQueries claims, EventQueries events, ActorQueries actors) : IRevisionSource
{
    public async Task<ClaimView?> ClaimAsync(int id, int revision, CancellationToken ct)
    {
        if (await claims.GetAsync(Key(id), ct) is not { } live
            || await SnapshotAsync<BundleClaim>(live.Slug, revision, ct) is not { } then)
        {
            return null;
        }

        var slugs = (then.Appearances ?? []).Select(a => a.Article).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Outlet).Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, ct);
        var originIds = articles.Values.Select(a => a.OriginOutletId ?? a.OutletId).Distinct().ToList();
        var origins = await db.Outlets.AsNoTracking().Where(o => originIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var appearances = (then.Appearances ?? []).Where(a => articles.ContainsKey(a.Article)).Select(a =>
        {
            var article = articles[a.Article];
            return new AppearanceView(0, Map.Ref(article), Map.Ref(article.Outlet), Map.Ref(origins[article.OriginOutletId ?? article.OutletId]),
                a.Quote, a.Start, a.End, a.Role, a.Attribution is { } at ? new AttributionSpan(at.Quote, at.Start, at.End) : null);
        }).ToList();
        var corroboration = Corroboration.From(appearances.Select(a => (a.Outlet.Id, a.Origin.Id, a.Role)));
        return live with
        {
            Text = then.Text,
            Kind = then.Kind,
            Hedging = then.Hedging,
            Status = then.Status,
            StatusNote = then.StatusNote,
            Claimant = live.Claimant with { Inferred = then.ClaimantInferred, Note = then.ClaimantNote },
            Quantities = (then.Quantities ?? []).Select(q => new QuantityView(q.Value, q.Unit, q.Approximate, q.Text, q.Magnitude)).ToList(),
            Appearances = appearances,
            Corroboration = new CorroborationView(corroboration.Outlets, corroboration.IndependentOrigins),
            Revision = revision,
        };
    }

    public async Task<EventView?> EventAsync(int id, int revision, CancellationToken ct)
    {
        if (await events.GetAsync(Key(id), ct) is not { } live
            || await SnapshotAsync<BundleEvent>(live.Slug, revision, ct) is not { } then)
        {
            return null;
        }

        return live with
        {
            Kind = then.Kind,
            Title = then.Title,
            Summary = then.Summary ?? "",
            Date = DateView.Of(PartialDate.Parse(then.Date)),
            EndDate = then.EndDate is null ? null : DateView.Of(PartialDate.Parse(then.EndDate)),
            Place = then.Place,
            Importance = then.Importance,
            Revision = revision,
        };
    }

    public async Task<ActorView?> ActorAsync(int id, int revision, CancellationToken ct)
    {
        if (await actors.GetAsync(Key(id), ct) is not { } live
            || await SnapshotAsync<BundleActor>(live.Slug, revision, ct) is not { } then)
        {
            return null;
        }

        return live with
        {
            Name = then.Name,
            Kind = then.Kind,
            Description = then.Description ?? "",
            WikidataId = then.WikidataId,
            WikidataUrl = then.WikidataId is null ? null : "https://www.wikidata.org/wiki/" + then.WikidataId,
            Aliases = (then.Aliases ?? []).Select(a => new AliasView(a.Name, a.Kind,
                a.ValidFrom is null ? null : DateView.Of(PartialDate.Parse(a.ValidFrom)),
                a.ValidTo is null ? null : DateView.Of(PartialDate.Parse(a.ValidTo)), a.Note)).ToList(),
            Revision = revision,
        };
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<T?> SnapshotAsync<T>(string slug, int revision, CancellationToken ct) where T : class, IBundleRecord<T>
    {
        var kind = T.Resource;
        var rows = db.Revisions.AsNoTracking().Where(r => r.ResourceType == kind && r.ResourceSlug == slug);
        var json = await rows.Where(r => r.Number == revision && r.After != null).OrderByDescending(r => r.Id).Select(r => r.After).FirstOrDefaultAsync(ct)
                   ?? await rows.Where(r => r.Number == revision + 1 && r.Before != null).OrderBy(r => r.Id).Select(r => r.Before).FirstOrDefaultAsync(ct);
        return json is null ? null : JsonSerializer.Deserialize<T>(json, Bundle.JsonOptions);
    }
}
