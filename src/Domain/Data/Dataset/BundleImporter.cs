using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Dataset;

public sealed record ImportResult(int Eras, int Outlets, int Actors, int Articles, int Events, int Claims, int Created, int Updated);

/// <summary>
/// Imports a bundle by upserting every record by slug, all-or-nothing: the whole bundle is checked
/// first and any problem rejects it with the full list, before anything is written.
/// </summary>
public sealed class BundleImporter(NewsTreatyDbContext db, TimeProvider clock, ILogger<BundleImporter> logger)
{
    public static Bundle Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Bundle>(json, Bundle.JsonOptions)
                   ?? throw new BundleException([new BundleProblem("$", "The document is empty.")]);
        }
        catch (JsonException ex)
        {
            throw new BundleException([new BundleProblem(ex.Path ?? "$", $"Not a valid bundle: {ex.Message}")]);
        }
    }

    public async Task<ImportResult> ImportAsync(Bundle bundle, CancellationToken cancellationToken)
    {
        var run = new ImportRun(db, clock.GetUtcNow().UtcDateTime);
        await run.LoadExistingAsync(bundle, cancellationToken);
        run.Apply(bundle);
        if (run.Problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new BundleException(run.Problems);
        }

        // Editors import single records inside their own transaction, together with the revision they record.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        if (bundle.Articles.Count > 0)
        {
            // Only articles and their relations decide where reporting originates; editing a claim need not reload every article.
            var articles = await db.Articles.Include(a => a.Relations).ToListAsync(cancellationToken);
            Provenance.Resolve(articles);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        var result = new ImportResult(bundle.Eras.Count, bundle.Outlets.Count, bundle.Actors.Count, bundle.Articles.Count,
            bundle.Events.Count, bundle.Claims.Count, run.Created, run.Updated);
        // A record editor applies one record as an untitled bundle and logs the edit in its own words.
        if (bundle.Title is not null)
        {
            logger.LogInformation("Imported bundle {Title}: {Created} records created, {Updated} updated, {Claims} claims in all",
                bundle.Title, run.Created, run.Updated, bundle.Claims.Count);
        }
        return result;
    }

    private sealed class ImportRun(NewsTreatyDbContext db, DateTime now)
    {
        private Dictionary<string, Outlet> _outlets = [];
        private Dictionary<string, Era> _eras = [];
        private Dictionary<string, Actor> _actors = [];
        private Dictionary<string, Article> _articles = [];
        private Dictionary<string, Event> _events = [];
        private Dictionary<string, Claim> _claims = [];

        public List<BundleProblem> Problems { get; } = [];

        public int Created { get; private set; }

        public int Updated { get; private set; }

        public async Task LoadExistingAsync(Bundle bundle, CancellationToken ct)
        {
            // Everything the bundle names or refers to, so references may point at records already stored.
            var outletSlugs = bundle.Outlets.Select(o => o.Slug).Concat(bundle.Articles.Select(a => a.Outlet))
                .Concat(bundle.Articles.SelectMany(a => a.Relations ?? []).Select(r => r.Outlet).OfType<string>())
                .Concat(bundle.Claims.Select(c => c.ClaimantOutlet).OfType<string>()).ToHashSet();
            var actorSlugs = bundle.Actors.Select(a => a.Slug)
                .Concat(bundle.Actors.SelectMany(a => a.Affiliations ?? []).Select(a => a.Organisation))
                .Concat(bundle.Events.SelectMany(e => e.Actors ?? []).Select(a => a.Actor))
                .Concat(bundle.Claims.Select(c => c.ClaimantActor).OfType<string>())
                .Concat(bundle.Claims.SelectMany(c => c.Subjects ?? [])).ToHashSet();
            var articleSlugs = bundle.Articles.Select(a => a.Slug)
                .Concat(bundle.Articles.SelectMany(a => a.Relations ?? []).Select(r => r.Article).OfType<string>())
                .Concat(bundle.Events.SelectMany(e => e.Articles ?? []))
                .Concat(bundle.Claims.SelectMany(c => c.Appearances ?? []).Select(a => a.Article)).ToHashSet();
            var eventSlugs = bundle.Events.Select(e => e.Slug).Concat(bundle.Claims.SelectMany(c => c.Events ?? [])).ToHashSet();
            var eraSlugs = bundle.Eras.Select(e => e.Slug).Concat(bundle.Events.Select(e => e.Era).OfType<string>()).ToHashSet();
            var claimSlugs = bundle.Claims.Select(c => c.Slug).ToHashSet();

            _outlets = await db.Outlets.Where(o => outletSlugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, ct);
            _eras = await db.Eras.Where(e => eraSlugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, ct);
            _actors = await db.Actors.Include(a => a.Aliases).Include(a => a.Affiliations).AsSplitQuery()
                .Where(a => actorSlugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, ct);
            _articles = await db.Articles.Include(a => a.Relations)
                .Where(a => articleSlugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, ct);
            _events = await db.Events.Include(e => e.Actors).Include(e => e.Articles).AsSplitQuery()
                .Where(e => eventSlugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, ct);
            _claims = await db.Claims.Include(c => c.Appearances).Include(c => c.Quantities).Include(c => c.Subjects)
                .Include(c => c.Events).AsSplitQuery()
                .Where(c => claimSlugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, ct);
        }

        public void Apply(Bundle bundle)
        {
            if (bundle.Format != Bundle.FormatName)
            {
                Problems.Add(new("format", $"Expected \"{Bundle.FormatName}\", found \"{bundle.Format}\"."));
                return;
            }

            if (bundle.Version != Bundle.CurrentVersion)
            {
                Problems.Add(new("version", $"This build reads bundle version {Bundle.CurrentVersion}; the document is version {bundle.Version}."));
                return;
            }

            Each(bundle.Outlets, "outlets", o => o.Slug, ApplyOutlet);
            Each(bundle.Eras, "eras", e => e.Slug, ApplyEra);
            Each(bundle.Actors, "actors", a => a.Slug, ApplyActor);
            Each(bundle.Actors, "actors", a => a.Slug, ApplyActorLinks, checkDuplicates: false);
            Each(bundle.Articles, "articles", a => a.Slug, ApplyArticle);
            Each(bundle.Articles, "articles", a => a.Slug, ApplyArticleRelations, checkDuplicates: false);
            Each(bundle.Events, "events", e => e.Slug, ApplyEvent);
            Each(bundle.Claims, "claims", c => c.Slug, ApplyClaim);
        }

        private void Each<T>(List<T> items, string collection, Func<T, string> slugOf, Action<T, string> apply, bool checkDuplicates = true)
        {
            var seen = new HashSet<string>();
            for (var i = 0; i < items.Count; i++)
            {
                var path = $"{collection}[{i}]";
                var slug = slugOf(items[i]);
                if (checkDuplicates && !seen.Add(slug))
                {
                    Problems.Add(new(path + ".slug", $"Slug '{slug}' appears more than once in {collection}."));
                    continue;
                }

                try
                {
                    apply(items[i], path);
                }
                catch (DomainException ex)
                {
                    Problems.Add(new(path, ex.Message));
                }
            }
        }

        private T Upsert<T>(Dictionary<string, T> existing, string slug, Func<T> create, Action<T> update) where T : Entity
        {
            if (existing.TryGetValue(slug, out var found))
            {
                update(found);
                if (db.Entry(found).State != EntityState.Added)
                {
                    found.Touch(now);
                    Updated++;
                }

                return found;
            }

            var created = create();
            created.Stamp(now);
            update(created);
            db.Add(created);
            existing[slug] = created;
            Created++;
            return created;
        }

        private PartialDate? Date(string? text, string path, bool required = false)
        {
            if (text is null)
            {
                if (required)
                {
                    Problems.Add(new(path, "A date is required."));
                }

                return null;
            }

            if (PartialDate.TryParse(text, out var date, out var error))
            {
                return date;
            }

            Problems.Add(new(path, error));
            return null;
        }

        private T? Ref<T>(Dictionary<string, T> map, string? slug, string path, string what) where T : class
        {
            if (slug is null)
            {
                return null;
            }

            if (map.TryGetValue(slug, out var value))
            {
                return value;
            }

            Problems.Add(new(path, $"No {what} has the slug '{slug}' (neither in this bundle nor already stored)."));
            return null;
        }

        private void ApplyOutlet(BundleOutlet o, string path) =>
            Upsert(_outlets, Slug.Require(o.Slug, "outlet"), () => new Outlet(o.Slug, o.Name, o.Country, o.Kind, o.StateAffiliated, o.Homepage),
                x => x.Update(o.Name, o.Country, o.Kind, o.StateAffiliated, o.Homepage));

        private void ApplyEra(BundleEra e, string path)
        {
            var start = Date(e.Start, path + ".start", required: true);
            var end = Date(e.End, path + ".end");
            if (start is null)
            {
                return;
            }

            Upsert(_eras, Slug.Require(e.Slug, "era"), () => new Era(e.Slug, e.Name, start, end, e.Summary), x => x.Update(e.Name, start, end, e.Summary));
        }

        private void ApplyActor(BundleActor a, string path) =>
            Upsert(_actors, Slug.Require(a.Slug, "actor"), () => new Actor(a.Slug, a.Kind, a.Name, a.Description ?? "", a.WikidataId),
                x => x.Update(a.Kind, a.Name, a.Description ?? "", a.WikidataId));

        private void ApplyActorLinks(BundleActor a, string path)
        {
            if (!_actors.TryGetValue(a.Slug, out var actor))
            {
                return;
            }

            var aliases = (a.Aliases ?? []).Select((al, i) =>
                new ActorAlias(al.Name, Date(al.ValidFrom, $"{path}.aliases[{i}].validFrom"), Date(al.ValidTo, $"{path}.aliases[{i}].validTo"), al.Note)).ToList();
            actor.ReplaceAliases(aliases);
            var affiliations = new List<ActorAffiliation>();
            foreach (var (af, i) in (a.Affiliations ?? []).Select((af, i) => (af, i)))
            {
                var org = Ref(_actors, af.Organisation, $"{path}.affiliations[{i}].organisation", "actor");
                if (org is not null)
                {
                    affiliations.Add(new ActorAffiliation(org, af.Role, Date(af.From, $"{path}.affiliations[{i}].from"), Date(af.To, $"{path}.affiliations[{i}].to")));
                }
            }

            actor.ReplaceAffiliations(affiliations);
        }

        private void ApplyArticle(BundleArticle a, string path)
        {
            var outlet = Ref(_outlets, a.Outlet, path + ".outlet", "outlet");
            var date = Date(a.Published.Date, path + ".published.date", required: true);
            TimeOnly? time = null;
            if (a.Published.Time is { } t)
            {
                if (TimeOnly.TryParseExact(t, ["HH:mm", "HH:mm:ss"], out var parsed))
                {
                    time = parsed;
                }
                else
                {
                    Problems.Add(new(path + ".published.time", $"'{t}' is not a time: use HH:mm (24-hour)."));
                }
            }

            if (outlet is null || date is null)
            {
                return;
            }

            var published = new Publication(date, time, a.Published.TimeZone, a.Published.Basis, a.Published.Note);
            Upsert(_articles, Slug.Require(a.Slug, "article"), () => new Article(a.Slug, outlet, a.Headline, a.Genre, published, a.Language), x =>
            {
                x.MoveTo(outlet);
                x.Describe(a.Headline, a.PrintHeadline, a.Standfirst, a.Byline, a.Genre, a.Section, a.Dateline, a.Language, a.CanonicalUrl, a.Summary);
                x.SetPublished(published);
                x.SetSource(a.Source?.Name, a.Source?.Sha256);
                x.SetText(a.Text);
                if (a.ContentHash is not null && x.ContentHash is not null && !string.Equals(a.ContentHash, x.ContentHash, StringComparison.OrdinalIgnoreCase))
                {
                    Problems.Add(new(path + ".contentHash", "The content hash does not match the SHA-256 of the text."));
                }
            });
        }

        private void ApplyArticleRelations(BundleArticle a, string path)
        {
            if (!_articles.TryGetValue(a.Slug, out var article))
            {
                return;
            }

            var relations = new List<ArticleRelation>();
            foreach (var (r, i) in (a.Relations ?? []).Select((r, i) => (r, i)))
            {
                var rPath = $"{path}.relations[{i}]";
                var target = Ref(_articles, r.Article, rPath + ".article", "article");
                var outlet = Ref(_outlets, r.Outlet, rPath + ".outlet", "outlet");
                switch (r.Kind)
                {
                    case ArticleRelationKind.SyndicatedCopyOf when target is not null:
                        relations.Add(ArticleRelation.SyndicatedCopyOf(target, r.Note));
                        break;
                    case ArticleRelationKind.RelaysReportingOf when outlet is not null || target is not null:
                        relations.Add(ArticleRelation.RelaysReportingOf(outlet ?? target!.Outlet, target, r.Note));
                        break;
                    default:
                        if (r.Article is null && r.Outlet is null)
                        {
                            Problems.Add(new(rPath, r.Kind == ArticleRelationKind.SyndicatedCopyOf
                                ? "A syndicated copy names the original article."
                                : "A relay names the outlet (or article) whose reporting it relays."));
                        }

                        break;
                }
            }

            article.ReplaceRelations(relations);
        }

        private void ApplyEvent(BundleEvent e, string path)
        {
            var date = Date(e.Date, path + ".date", required: true);
            var end = Date(e.EndDate, path + ".endDate");
            var era = Ref(_eras, e.Era, path + ".era", "era");
            var actors = (e.Actors ?? []).Select((a, i) => (Actor: Ref(_actors, a.Actor, $"{path}.actors[{i}].actor", "actor"), a.Role))
                .Where(a => a.Actor is not null).Select(a => (a.Actor!, a.Role)).ToList();
            var articles = (e.Articles ?? []).Select((s, i) => Ref(_articles, s, $"{path}.articles[{i}]", "article")).OfType<Article>().ToList();
            if (date is null)
            {
                return;
            }

            Upsert(_events, Slug.Require(e.Slug, "event"), () => new Event(e.Slug, e.Kind, e.Title, e.Summary ?? "", date, e.Importance), x =>
            {
                x.Update(e.Kind, e.Title, e.Summary ?? "", date, end, e.Place, e.Importance);
                x.PlaceIn(era);
                x.ReplaceActors(actors);
                x.ReplaceArticles(articles);
            });
        }

        private void ApplyClaim(BundleClaim c, string path)
        {
            var actor = Ref(_actors, c.ClaimantActor, path + ".claimantActor", "actor");
            var outlet = Ref(_outlets, c.ClaimantOutlet, path + ".claimantOutlet", "outlet");
            var subjects = (c.Subjects ?? []).Select((s, i) => Ref(_actors, s, $"{path}.subjects[{i}]", "actor")).OfType<Actor>().ToList();
            var events = (c.Events ?? []).Select((s, i) => Ref(_events, s, $"{path}.events[{i}]", "event")).OfType<Event>().ToList();
            if ((c.ClaimantActor is null) == (c.ClaimantOutlet is null))
            {
                Problems.Add(new(path, "Give exactly one of claimantActor and claimantOutlet."));
                return;
            }

            if (c.Appearances is not { Count: > 0 })
            {
                Problems.Add(new(path + ".appearances", "A claim needs at least one appearance as evidence."));
            }

            if ((c.ClaimantActor is not null && actor is null) || (c.ClaimantOutlet is not null && outlet is null))
            {
                return;
            }

            Upsert(_claims, Slug.Require(c.Slug, "claim"), () => new Claim(c.Slug, c.Text, c.Kind, actor, outlet, c.Hedging), x =>
            {
                x.Update(c.Text, c.Kind, c.Hedging);
                x.SetClaimant(actor, outlet);
                x.Review(c.Status, c.StatusNote);
                x.ReplaceSubjects(subjects);
                x.ReplaceEvents(events);
                x.ReplaceQuantities((c.Quantities ?? []).Select(q => new ClaimQuantity(q.Value, q.Unit, q.Approximate, q.Text)));
                x.ClearAppearances();
                foreach (var (a, i) in (c.Appearances ?? []).Select((a, i) => (a, i)))
                {
                    var article = Ref(_articles, a.Article, $"{path}.appearances[{i}].article", "article");
                    if (article is null)
                    {
                        continue;
                    }

                    try
                    {
                        x.AddAppearance(article, a.Quote, a.Start, a.End, a.Role);
                    }
                    catch (DomainException ex)
                    {
                        Problems.Add(new($"{path}.appearances[{i}]", ex.Message));
                    }
                }
            });
        }
    }
}
