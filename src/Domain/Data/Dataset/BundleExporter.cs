using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>
/// Writes the whole database as a bundle, in a stable order so exports diff cleanly. The same
/// mapping gives single-record snapshots for the revision history, so there is one JSON shape.
/// </summary>
public sealed class BundleExporter(NewsTreatyDbContext db, TimeProvider clock)
{
    public async Task<Bundle> ExportAsync(string? title, CancellationToken cancellationToken)
    {
        var outlets = await db.Outlets.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        var eras = await db.Eras.AsNoTracking().ToListAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Affiliations).AsSplitQuery()
            .OrderBy(a => a.Slug).ToListAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking().Include(a => a.Relations).AsSplitQuery()
            .OrderBy(a => a.PublishedUtc).ThenBy(a => a.Slug).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Include(e => e.Actors).Include(e => e.Articles).AsSplitQuery()
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Slug).ToListAsync(cancellationToken);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Appearances).Include(c => c.Quantities)
            .Include(c => c.Subjects).Include(c => c.Events).AsSplitQuery()
            .OrderBy(c => c.Slug).ToListAsync(cancellationToken);
        var slugs = new BundleSlugs(
            outlets.ToDictionary(o => o.Id, o => o.Slug), actors.ToDictionary(a => a.Id, a => a.Slug),
            articles.ToDictionary(a => a.Id, a => a.Slug), events.ToDictionary(e => e.Id, e => e.Slug), eras.ToDictionary(e => e.Id, e => e.Slug));

        return new Bundle
        {
            Title = title,
            ExportedAt = clock.GetUtcNow().UtcDateTime,
            Eras = eras.OrderBy(e => e.Start).Select(e => new BundleEra(e.Slug, e.Name, e.Start.ToString(), e.End?.ToString(), e.Summary)).ToList(),
            Outlets = outlets.Select(ToBundle).ToList(),
            Actors = actors.Select(a => ToBundle(a, slugs)).ToList(),
            Articles = articles.Select(a => ToBundle(a, slugs)).ToList(),
            Events = events.Select(e => ToBundle(e, slugs)).ToList(),
            Claims = claims.Select(c => ToBundle(c, slugs)).ToList(),
        };
    }

    /// <summary>One record in its bundle shape, or null if there is none of this type with this id.</summary>
    public async Task<TRecord?> ExportRecordAsync<TRecord>(int id, CancellationToken ct) where TRecord : class, IBundleRecord<TRecord> =>
        await ExportRecordAsync(TRecord.Resource, id, ct) as TRecord;

    /// <summary>One record of <paramref name="kind"/> in its bundle shape (a <see cref="BundleClaim"/>, <see cref="BundleEvent"/>, …), or null if there is none with this id.</summary>
    public async Task<IBundleRecord?> ExportRecordAsync(ResourceKind kind, int id, CancellationToken ct)
    {
        // Only the slugs this record refers to: every write records a revision with this snapshot, and loading every
        // slug in the database (270,000 of them in a million-claim corpus) was most of a write's time.
        switch (kind)
        {
            case ResourceKind.Claim:
                var c = await db.Claims.AsNoTracking().Include(c => c.Appearances).Include(c => c.Quantities)
                    .Include(c => c.Subjects).Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
                return c is null ? null : ToBundle(c, await BundleSlugs.ForAsync(db, ct,
                    outlets: c.ClaimantOutletId is { } o ? [o] : [],
                    actors: [.. c.Subjects.Select(s => s.ActorId), .. c.ClaimantActorId is { } a ? [a] : Array.Empty<int>()],
                    articles: [.. c.Appearances.Select(x => x.ArticleId)],
                    events: [.. c.Events.Select(e => e.EventId)]));
            case ResourceKind.Event:
                var e = await db.Events.AsNoTracking().Include(e => e.Actors).Include(e => e.Articles).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
                return e is null ? null : ToBundle(e, await BundleSlugs.ForAsync(db, ct,
                    actors: [.. e.Actors.Select(x => x.ActorId)], articles: [.. e.Articles.Select(x => x.ArticleId)], eras: e.EraId is { } era ? [era] : []));
            case ResourceKind.Actor:
                var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Affiliations).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
                return actor is null ? null : ToBundle(actor, await BundleSlugs.ForAsync(db, ct, actors: [.. actor.Affiliations.Select(f => f.OrganisationId)]));
            case ResourceKind.Article:
                var article = await db.Articles.AsNoTracking().Include(a => a.Relations).FirstOrDefaultAsync(a => a.Id == id, ct);
                return article is null ? null : ToBundle(article, await BundleSlugs.ForAsync(db, ct,
                    outlets: [article.OutletId, .. article.Relations.Select(r => r.TargetOutletId).OfType<int>()],
                    articles: [.. article.Relations.Select(r => r.TargetArticleId).OfType<int>()]));
            case ResourceKind.Outlet:
                return await db.Outlets.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is { } outlet ? ToBundle(outlet) : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an editable kind of record.");
        }
    }

    /// <summary>
    /// Records as they are after a write, in their bundle shape, from the entities the write holds (saved, so with their
    /// ids): no record is read back. Slugs come from <paramref name="known"/>, the records the write loaded or created;
    /// only references it did not hold (children a stored record kept) are looked up, one query per kind for them all.
    /// </summary>
    internal async Task<List<IBundleRecord>> SnapshotsAsync(IReadOnlyList<Entity> records, BundleSlugs known, CancellationToken ct)
    {
        var slugs = await known.CompletedAsync(db, ct,
            outlets: records.SelectMany(r => r switch
            {
                Claim c => c.ClaimantOutletId is { } o ? [o] : [],
                Article a => [a.OutletId, .. a.Relations.Select(x => x.TargetOutletId).OfType<int>()],
                _ => Array.Empty<int>(),
            }),
            actors: records.SelectMany(r => r switch
            {
                Claim c => [.. c.Subjects.Select(s => s.ActorId), .. c.ClaimantActorId is { } a ? [a] : Array.Empty<int>()],
                Event e => e.Actors.Select(x => x.ActorId),
                Actor a => a.Affiliations.Select(f => f.OrganisationId),
                _ => [],
            }),
            articles: records.SelectMany(r => r switch
            {
                Claim c => c.Appearances.Select(x => x.ArticleId),
                Event e => e.Articles.Select(x => x.ArticleId),
                Article a => a.Relations.Select(x => x.TargetArticleId).OfType<int>(),
                _ => [],
            }),
            events: records.SelectMany(r => r is Claim c ? c.Events.Select(e => e.EventId) : []),
            eras: records.SelectMany(r => r is Event { EraId: { } era } ? [era] : Array.Empty<int>()));
        return [.. records.Select(r => ToBundle(r, slugs))];
    }

    private static IBundleRecord ToBundle(Entity record, BundleSlugs slugs) => record switch
    {
        Claim c => ToBundle(c, slugs),
        Event e => ToBundle(e, slugs),
        Actor a => ToBundle(a, slugs),
        Article a => ToBundle(a, slugs),
        Outlet o => ToBundle(o),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Not an editable kind of record."),
    };

    private static BundleOutlet ToBundle(Outlet o) => new(o.Slug, o.Name, o.Country, o.Kind, o.StateAffiliated, o.Homepage);

    private static BundleActor ToBundle(Actor a, BundleSlugs slugs) => new(a.Slug, a.Name, a.Kind, a.WikidataId, a.Description,
        a.Aliases.OrderBy(x => x.Id).Select(x => new BundleAlias(x.Name, x.Kind, x.ValidFrom?.ToString(), x.ValidTo?.ToString(), x.Note)).ToList(),
        a.Affiliations.OrderBy(x => x.Id).Select(x => new BundleAffiliation(slugs.Actors[x.OrganisationId], x.Role, x.From?.ToString(), x.To?.ToString())).ToList());

    private static BundleArticle ToBundle(Article a, BundleSlugs slugs) => new(
        a.Slug, slugs.Outlets[a.OutletId], a.Headline, a.Genre,
        new BundlePublished(a.PublishedOn.ToString(), a.PublishedTime?.ToString("HH:mm", CultureInfo.InvariantCulture), a.TimeZone, a.DateBasis, a.DateNote),
        a.Language, a.PrintHeadline, a.Standfirst, a.Byline, a.Section, a.Dateline, a.CanonicalUrl, a.Summary,
        a.Relations.OrderBy(r => r.Id).Select(r => new BundleRelation(r.Kind,
            r.TargetArticleId is { } t ? slugs.Articles[t] : null,
            r.Kind == ArticleRelationKind.RelaysReportingOf && r.TargetOutletId is { } o ? slugs.Outlets[o] : null,
            r.Note)).ToList(),
        a.SourceName is null ? null : new BundleSource(a.SourceName, a.SourceSha256),
        a.Text, a.ContentHash);

    private static BundleEvent ToBundle(Event e, BundleSlugs slugs) => new(e.Slug, e.Title, e.Kind, e.Date.ToString(), e.Importance, e.Summary,
        e.EndDate?.ToString(), e.Place, e.EraId is { } era ? slugs.Eras[era] : null,
        e.Actors.Select(x => new BundleEventActor(slugs.Actors[x.ActorId], x.Role)).OrderBy(x => x.Actor, StringComparer.Ordinal).ThenBy(x => x.Role, StringComparer.Ordinal).ToList(),
        e.Articles.Select(x => slugs.Articles[x.ArticleId]).Order(StringComparer.Ordinal).ToList());

    private static BundleClaim ToBundle(Claim c, BundleSlugs slugs) => new(c.Slug, c.Text, c.Kind,
        c.ClaimantActorId is { } ca ? slugs.Actors[ca] : null,
        c.ClaimantOutletId is { } co ? slugs.Outlets[co] : null,
        c.Subjects.Select(s => slugs.Actors[s.ActorId]).Order(StringComparer.Ordinal).ToList(),
        c.Events.Select(e => slugs.Events[e.EventId]).Order(StringComparer.Ordinal).ToList(),
        c.Hedging,
        c.Quantities.OrderBy(q => q.Id).Select(q => new BundleQuantity(q.Value, q.Unit, q.Approximate, q.Text, q.Magnitude)).ToList(),
        c.Status, c.StatusNote,
        c.Appearances.OrderBy(a => a.Id).Select(a => new BundleAppearance(slugs.Articles[a.ArticleId], a.Quote, a.Start, a.End, a.Role,
            a.Attribution is { } at ? new BundleAttribution(at.Quote, at.Start, at.End) : null)).ToList(),
        c.ClaimantInferred, c.ClaimantNote);

    /// <summary>The curated treaty dataset shipped inside this assembly.</summary>
    public static string ReadCuratedJson()
    {
        using var stream = typeof(BundleExporter).Assembly.GetManifestResourceStream("dataset/treaty.bundle.json")
                           ?? throw new DomainException("The curated dataset is missing from this build (dataset/treaty.bundle.json).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
