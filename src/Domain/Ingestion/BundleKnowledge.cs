using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// A <see cref="KnowledgeSnapshot"/> from a bundle (the curated treaty.bundle.json), for tests and the evaluation.
/// Records get ids by their position in the bundle (from 1), since a bundle has only slugs; the database loader
/// gives real ids instead.
/// </summary>
public static class BundleKnowledge
{
    public static KnowledgeSnapshot From(Bundle bundle)
    {
        var outletIds = Ids(bundle.Outlets.Select(o => o.Slug));
        var actorIds = Ids(bundle.Actors.Select(a => a.Slug));
        var eventIds = Ids(bundle.Events.Select(e => e.Slug));
        var articleIds = Ids(bundle.Articles.Select(a => a.Slug));

        var outlets = bundle.Outlets.Select(o => new KnownOutlet(outletIds[o.Slug], o.Slug, o.Name, o.Kind, o.Country, o.Homepage, o.StateAffiliated)).ToList();
        var actors = bundle.Actors.Select(a => new KnownActor(actorIds[a.Slug], a.Slug, a.Kind, a.Name, a.Description ?? "", a.WikidataId,
            (a.Aliases ?? []).Select(alias => new KnownAlias(alias.Name, alias.Kind, Date(alias.ValidFrom), Date(alias.ValidTo))).ToList(),
            (a.Affiliations ?? []).Select(f => actorIds.GetValueOrDefault(f.Organisation)).Where(id => id > 0).ToList())).ToList();
        var events = bundle.Events.Select(e => new KnownEvent(eventIds[e.Slug], e.Slug, e.Kind, e.Title, e.Summary ?? "", PartialDate.Parse(e.Date), Date(e.EndDate),
            (e.Actors ?? []).Select(x => actorIds.GetValueOrDefault(x.Actor)).Where(id => id > 0).ToList())).ToList();
        var articles = bundle.Articles.Select(a => new KnownArticle(articleIds[a.Slug], a.Slug, outletIds.GetValueOrDefault(a.Outlet), a.Headline, a.PrintHeadline,
            a.CanonicalUrl, PartialDate.Parse(a.Published.Date), a.Source?.Sha256, a.ContentHash, a.Text)).ToList();
        var claims = bundle.Claims.Select((c, i) => new KnownClaim(i + 1, c.Slug, c.Text, c.Kind,
            c.ClaimantActor is { } actor ? actorIds.GetValueOrDefault(actor) : null,
            c.ClaimantOutlet is { } outlet ? outletIds.GetValueOrDefault(outlet) : null,
            (c.Appearances ?? []).Select(x => x.Quote).ToList(),
            (c.Subjects ?? []).Select(s => actorIds.GetValueOrDefault(s)).Where(id => id > 0).ToList(),
            (c.Events ?? []).Select(s => eventIds.GetValueOrDefault(s)).Where(id => id > 0).ToList())).ToList();
        return new KnowledgeSnapshot(actors, outlets, events, articles, claims);
    }

    /// <summary>The shipped curated dataset as a snapshot.</summary>
    public static KnowledgeSnapshot Curated() => From(BundleImporter.Parse(BundleExporter.ReadCuratedJson()));

    private static Dictionary<string, int> Ids(IEnumerable<string> slugs) =>
        slugs.Select((slug, i) => (slug, i)).ToDictionary(x => x.slug, x => x.i + 1, StringComparer.Ordinal);

    private static PartialDate? Date(string? text) => string.IsNullOrWhiteSpace(text) ? null : PartialDate.Parse(text);
}
