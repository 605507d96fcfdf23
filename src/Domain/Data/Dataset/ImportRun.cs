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

        // One query per kind. A record the bundle only refers to is loaded without its children (a reference needs the
        // row, not its aliases or relations), and a kind nothing names is not asked for at all: a claim written on its
        // own costs four short look-ups by slug, not ten.
        _outlets = await LoadAsync(db.Outlets, outletSlugs, ct);
        _eras = await LoadAsync(db.Eras, eraSlugs, ct);
        // An actor referred to keeps its aliases: the evidence rules look for a claimant's names in the quotations.
        _actors = await LoadAsync(db.Actors.Include(a => a.Aliases).AsSplitQuery(), actorSlugs, ct, Named(bundle.Actors.Select(a => a.Slug)),
            q => q.Include(a => a.Affiliations));
        _articles = await LoadAsync(db.Articles, articleSlugs, ct, Named(bundle.Articles.Select(a => a.Slug)), q => q.Include(a => a.Relations));
        _events = await LoadAsync(db.Events, eventSlugs, ct, Named(bundle.Events.Select(e => e.Slug)),
            q => q.Include(e => e.Actors).Include(e => e.Articles).AsSplitQuery());
        _claims = await LoadAsync(db.Claims, claimSlugs, ct, claimSlugs, q => q.Include(c => c.Appearances).Include(c => c.Quantities)
            .Include(c => c.Subjects).Include(c => c.Events).AsSplitQuery());
    }

    private static HashSet<string> Named(IEnumerable<string> slugs) => [.. slugs];

    /// <summary>
    /// The stored records with these slugs, tracked: those the bundle itself holds (<paramref name="named"/>) with the
    /// children an upsert compares and replaces, the others as bare rows.
    /// </summary>
    private static async Task<Dictionary<string, T>> LoadAsync<T>(IQueryable<T> set, HashSet<string> slugs, CancellationToken ct,
        HashSet<string>? named = null, Func<IQueryable<T>, IQueryable<T>>? withChildren = null) where T : Entity
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        if (withChildren is null || named is null)
        {
            return await set.Where(e => slugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, ct);
        }

        var referred = slugs.Where(s => !named.Contains(s)).ToList();
        var full = slugs.Where(named.Contains).ToList();
        var found = full.Count == 0 ? [] : await withChildren(set).Where(e => full.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, ct);
        if (referred.Count > 0)
        {
            foreach (var record in await set.Where(e => referred.Contains(e.Slug)).ToListAsync(ct))
            {
                found[record.Slug] = record;
            }
        }

        return found;
    }

    /// <summary>The record of this kind and slug as the run holds it: stored before the run, or created by it (its id is set once saved).</summary>
    public Entity? Record(Editing.ResourceKind kind, string slug) => kind switch
    {
        Editing.ResourceKind.Claim => _claims.GetValueOrDefault(slug),
        Editing.ResourceKind.Event => _events.GetValueOrDefault(slug),
        Editing.ResourceKind.Actor => _actors.GetValueOrDefault(slug),
        Editing.ResourceKind.Article => _articles.GetValueOrDefault(slug),
        Editing.ResourceKind.Outlet => _outlets.GetValueOrDefault(slug),
        _ => null,
    };

    /// <summary>The slugs of every saved record the run holds, by id: what the records it wrote refer to.</summary>
    public BundleSlugs Slugs() => new(Ids(_outlets), Ids(_actors), Ids(_articles), Ids(_events), Ids(_eras));

    private static Dictionary<int, string> Ids<T>(Dictionary<string, T> records) where T : Entity =>
        records.Values.Where(r => r.Id > 0).ToDictionary(r => r.Id, r => r.Slug);

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
