using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>Writes the whole database as a bundle, in a stable order so exports diff cleanly.</summary>
public sealed class BundleExporter(NewsTreatyDbContext db, TimeProvider clock)
{
    public async Task<Bundle> ExportAsync(string? title, CancellationToken cancellationToken)
    {
        var outlets = await db.Outlets.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        var outletSlug = outlets.ToDictionary(o => o.Id, o => o.Slug);
        var eras = await db.Eras.AsNoTracking().ToListAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Affiliations).AsSplitQuery()
            .OrderBy(a => a.Slug).ToListAsync(cancellationToken);
        var actorSlug = actors.ToDictionary(a => a.Id, a => a.Slug);
        var articles = await db.Articles.AsNoTracking().Include(a => a.Relations).AsSplitQuery()
            .OrderBy(a => a.PublishedUtc).ThenBy(a => a.Slug).ToListAsync(cancellationToken);
        var articleSlug = articles.ToDictionary(a => a.Id, a => a.Slug);
        var eraSlug = eras.ToDictionary(e => e.Id, e => e.Slug);
        var events = await db.Events.AsNoTracking().Include(e => e.Actors).Include(e => e.Articles).AsSplitQuery()
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Slug).ToListAsync(cancellationToken);
        var eventSlug = events.ToDictionary(e => e.Id, e => e.Slug);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Appearances).Include(c => c.Quantities)
            .Include(c => c.Subjects).Include(c => c.Events).AsSplitQuery()
            .OrderBy(c => c.Slug).ToListAsync(cancellationToken);

        return new Bundle
        {
            Title = title,
            ExportedAt = clock.GetUtcNow().UtcDateTime,
            Eras = eras.OrderBy(e => e.Start).Select(e => new BundleEra(e.Slug, e.Name, e.Start.ToString(), e.End?.ToString(), e.Summary)).ToList(),
            Outlets = outlets.Select(o => new BundleOutlet(o.Slug, o.Name, o.Country, o.Kind, o.StateAffiliated, o.Homepage)).ToList(),
            Actors = actors.Select(a => new BundleActor(a.Slug, a.Name, a.Kind, a.WikidataId, a.Description,
                a.Aliases.OrderBy(x => x.Id).Select(x => new BundleAlias(x.Name, x.ValidFrom?.ToString(), x.ValidTo?.ToString(), x.Note)).ToList(),
                a.Affiliations.OrderBy(x => x.Id).Select(x => new BundleAffiliation(actorSlug[x.OrganisationId], x.Role, x.From?.ToString(), x.To?.ToString())).ToList())).ToList(),
            Articles = articles.Select(a => new BundleArticle(
                a.Slug, outletSlug[a.OutletId], a.Headline, a.Genre,
                new BundlePublished(a.PublishedOn.ToString(), a.PublishedTime?.ToString("HH:mm", CultureInfo.InvariantCulture), a.TimeZone, a.DateBasis, a.DateNote),
                a.Language, a.PrintHeadline, a.Standfirst, a.Byline, a.Section, a.Dateline, a.CanonicalUrl, a.Summary,
                a.Relations.OrderBy(r => r.Id).Select(r => new BundleRelation(r.Kind,
                    r.TargetArticleId is { } t ? articleSlug[t] : null,
                    r.Kind == ArticleRelationKind.RelaysReportingOf && r.TargetOutletId is { } o ? outletSlug[o] : null,
                    r.Note)).ToList(),
                a.SourceName is null ? null : new BundleSource(a.SourceName, a.SourceSha256),
                a.Text, a.ContentHash)).ToList(),
            Events = events.Select(e => new BundleEvent(e.Slug, e.Title, e.Kind, e.Date.ToString(), e.Importance, e.Summary,
                e.EndDate?.ToString(), e.Place, e.EraId is { } era ? eraSlug[era] : null,
                e.Actors.Select(x => new BundleEventActor(actorSlug[x.ActorId], x.Role)).OrderBy(x => x.Actor, StringComparer.Ordinal).ThenBy(x => x.Role, StringComparer.Ordinal).ToList(),
                e.Articles.Select(x => articleSlug[x.ArticleId]).Order(StringComparer.Ordinal).ToList())).ToList(),
            Claims = claims.Select(c => new BundleClaim(c.Slug, c.Text, c.Kind,
                c.ClaimantActorId is { } ca ? actorSlug[ca] : null,
                c.ClaimantOutletId is { } co ? outletSlug[co] : null,
                c.Subjects.Select(s => actorSlug[s.ActorId]).Order(StringComparer.Ordinal).ToList(),
                c.Events.Select(e => eventSlug[e.EventId]).Order(StringComparer.Ordinal).ToList(),
                c.Hedging,
                c.Quantities.OrderBy(q => q.Id).Select(q => new BundleQuantity(q.Value, q.Unit, q.Approximate, q.Text)).ToList(),
                c.Status, c.StatusNote,
                c.Appearances.OrderBy(a => a.Id).Select(a => new BundleAppearance(articleSlug[a.ArticleId], a.Quote, a.Start, a.End, a.Role)).ToList())).ToList(),
        };
    }

    /// <summary>The curated treaty dataset shipped inside this assembly.</summary>
    public static string ReadCuratedJson()
    {
        using var stream = typeof(BundleExporter).Assembly.GetManifestResourceStream("dataset/treaty.bundle.json")
                           ?? throw new DomainException("The curated dataset is missing from this build (dataset/treaty.bundle.json).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
