using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>
/// One import: the stored records the bundle names or refers to, the bundle applied onto them in dependency
/// order (outlets, eras, actors, articles, events, claims), and every problem found on the way with its JSON path.
/// Each record kind is applied in its own part (ActorImport.cs, ArticleImport.cs, EventImport.cs, ClaimImport.cs).
/// </summary>
internal sealed partial class ImportRun(NewsTreatyDbContext db, DateTime now)
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
        if (Problems.Count == 0)
        {
            Settle();
        }
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

    /// <summary>
    /// Updates the stored record with this slug, or creates it. A stored record is stamped with a new revision
    /// later, in <see cref="Settle"/>, and only if the bundle changed it.
    /// </summary>
    private T Upsert<T>(Dictionary<string, T> existing, string slug, Func<T> create, Action<T> update) where T : Entity
    {
        if (existing.TryGetValue(slug, out var found))
        {
            if (db.Entry(found).State != EntityState.Added)
            {
                _existing.Add(found);
            }

            update(found);
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
}
