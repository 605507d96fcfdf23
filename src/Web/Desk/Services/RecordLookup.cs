using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>The kinds of record an editor refers to from a form.</summary>
public enum RecordType
{
    Actor,
    Event,
    Article,
    Outlet,
    Claim,
}

/// <summary>A record to choose in an autocomplete: its slug (what is saved) and how people recognise it.</summary>
public sealed record RecordOption(RecordType Type, string Slug, string Label, string? Detail = null)
{
    public override string ToString() => Label;
}

/// <summary>
/// Finds records by what editors remember — a name, an alias, part of a headline — so that no form asks for a slug.
/// Each call uses its own short-lived DbContext: a circuit lives for hours, a context should not.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "EF translates ToLower() to SQL lower(); string.Contains with a StringComparison has no SQL translation.")]
internal sealed class RecordLookup(IServiceScopeFactory scopes)
{
    private const int Shown = 12;

    public async Task<IReadOnlyList<RecordOption>> SearchAsync(RecordType type, string? text, CancellationToken ct)
    {
        var q = (text ?? "").Trim().ToLowerInvariant();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var found = type switch
        {
            RecordType.Actor => await ActorsAsync(db, q, ct),
            RecordType.Event => await db.Events.AsNoTracking()
                .Where(e => q == "" || e.Title.ToLower().Contains(q) || e.Slug.Contains(q))
                .OrderByDescending(e => e.StartsOn).Take(50)
                .Select(e => new RecordOption(type, e.Slug, e.Title, e.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .ToListAsync(ct),
            RecordType.Article => await db.Articles.AsNoTracking()
                .Where(a => q == "" || a.Headline.ToLower().Contains(q) || a.Slug.Contains(q) || a.Outlet.Name.ToLower().Contains(q))
                .OrderByDescending(a => a.PublishedUtc).Take(50)
                .Select(a => new RecordOption(type, a.Slug, a.Headline, a.Outlet.Name + " · " + a.PublishedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .ToListAsync(ct),
            RecordType.Claim => await db.Claims.AsNoTracking()
                .Where(c => q == "" || c.Text.ToLower().Contains(q) || c.Slug.Contains(q))
                .OrderByDescending(c => c.UpdatedAt).Take(50)
                .Select(c => new RecordOption(type, c.Slug, c.Text, c.ClaimantActor != null ? c.ClaimantActor.Name : c.ClaimantOutlet != null ? c.ClaimantOutlet.Name : null))
                .ToListAsync(ct),
            _ => await db.Outlets.AsNoTracking()
                .Where(o => q == "" || o.Name.ToLower().Contains(q) || o.Slug.Contains(q))
                .OrderBy(o => o.Name).Take(50)
                .Select(o => new RecordOption(type, o.Slug, o.Name, o.Country))
                .ToListAsync(ct),
        };

        // Names that start with what was typed come first, then the shortest: "Kim" finds Kim Jong Un before Kim Il Sung's era.
        return found.OrderBy(o => o.Label.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(o => o.Label.Length)
            .Take(Shown).ToList();
    }

    /// <summary>The options for slugs a stored record refers to; a slug that no longer resolves is shown as itself.</summary>
    public async Task<IReadOnlyDictionary<string, RecordOption>> ResolveAsync(RecordType type, IEnumerable<string?> slugs, CancellationToken ct)
    {
        var wanted = slugs.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, RecordOption>();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var found = type switch
        {
            RecordType.Actor => await db.Actors.AsNoTracking().Where(a => wanted.Contains(a.Slug))
                .Select(a => new RecordOption(type, a.Slug, a.Name, a.Kind.ToString())).ToListAsync(ct),
            RecordType.Event => await db.Events.AsNoTracking().Where(e => wanted.Contains(e.Slug))
                .Select(e => new RecordOption(type, e.Slug, e.Title, e.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToListAsync(ct),
            RecordType.Article => await db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Slug))
                .Select(a => new RecordOption(type, a.Slug, a.Headline, a.Outlet.Name)).ToListAsync(ct),
            RecordType.Claim => await db.Claims.AsNoTracking().Where(c => wanted.Contains(c.Slug))
                .Select(c => new RecordOption(type, c.Slug, c.Text, null)).ToListAsync(ct),
            _ => await db.Outlets.AsNoTracking().Where(o => wanted.Contains(o.Slug))
                .Select(o => new RecordOption(type, o.Slug, o.Name, o.Country)).ToListAsync(ct),
        };
        var bySlug = found.ToDictionary(o => o.Slug, StringComparer.Ordinal);
        return wanted.ToDictionary(s => s, s => bySlug.GetValueOrDefault(s) ?? new RecordOption(type, s, s, "not found"), StringComparer.Ordinal);
    }

    public async Task<RecordOption?> OneAsync(RecordType type, string? slug, CancellationToken ct) =>
        slug is null ? null : (await ResolveAsync(type, [slug], ct))[slug];

    /// <summary>The timeline's eras, oldest first, for an event's era.</summary>
    public async Task<IReadOnlyList<(string Slug, string Name)>> ErasAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var eras = await db.Eras.AsNoTracking().Select(e => new { e.Slug, e.Name, e.Start }).ToListAsync(ct);
        return eras.OrderBy(e => e.Start).Select(e => (e.Slug, e.Name)).ToList();
    }

    private static async Task<List<RecordOption>> ActorsAsync(NewsTreatyDbContext db, string q, CancellationToken ct)
    {
        var rows = await db.Actors.AsNoTracking()
            .Where(a => q == "" || a.Name.ToLower().Contains(q) || a.Slug.Contains(q) || a.Aliases.Any(x => x.Name.ToLower().Contains(q)))
            .OrderBy(a => a.Name).Take(50)
            .Select(a => new { a.Slug, a.Name, a.Kind, Alias = a.Aliases.Where(x => x.Name.ToLower().Contains(q)).Select(x => x.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(a => new RecordOption(RecordType.Actor, a.Slug, a.Name,
            q.Length > 0 && a.Alias is not null && !a.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                ? $"{a.Kind} · also “{a.Alias}”"
                : a.Kind.ToString())).ToList();
    }
}
