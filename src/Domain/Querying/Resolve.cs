using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Querying;

/// <summary>Turns the keys people type in filters into ids; an unknown key is a 404, never an empty list that hides a typo.</summary>
internal static class Resolve
{
    // Id, slug and QID are indexed and unique: prepared statements (a RecordBatch), not EF queries, since every "claims
    // by this actor or event" page starts here.
    private const string ActorById = """SELECT "Id" FROM "actors" WHERE "Id" = @id""";
    private const string ActorBySlugOrQid = """SELECT "Id" FROM "actors" WHERE "Slug" = @slug OR "WikidataId" = @qid""";
    private static readonly RecordStatements EventKey = new("events", """SELECT "Id" FROM "events" WHERE "Id" = @record""");

    /// <summary>Actors by id, slug, Wikidata QID, name or alias (names case-insensitively). An alias may name several.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "EF translates ToLower() to SQL lower(); string.Equals with a StringComparison has no SQL translation.")]
    public static async Task<List<int>> ActorsAsync(NewsTreatyDbContext db, string key, CancellationToken ct, bool required = true)
    {
        var trimmed = key.Trim();
        var lower = trimmed.ToLowerInvariant();
        var ids = int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await IdsAsync(db, ActorById, [("@id", id)], ct)
            : await IdsAsync(db, ActorBySlugOrQid, [("@slug", trimmed), ("@qid", trimmed.ToUpperInvariant())], ct);
        if (ids.Count == 0 && id == 0)
        {
            // Names and aliases are compared case-insensitively, so scanned: only when no key matched.
            ids = await db.Actors.Where(a => a.Name.ToLower() == lower || a.Aliases.Any(x => x.Name.ToLower() == lower))
                .Select(a => a.Id).ToListAsync(ct);
        }

        return ids.Count > 0 || !required ? ids : throw new NotFoundException("actor", key);
    }

    /// <summary>The event "42" by id, anything else by slug.</summary>
    public static async Task<int> EventAsync(NewsTreatyDbContext db, string key, CancellationToken ct)
    {
        await using var batch = await EventKey.ExecuteAsync(db, key, ct);
        return await batch.SingleAsync(r => (int?)r.GetInt32(0), ct) ?? throw new NotFoundException("event", key);
    }

    private static async Task<List<int>> IdsAsync(NewsTreatyDbContext db, string sql, (string Name, object Value)[] parameters, CancellationToken ct)
    {
        await using var batch = await RecordBatch.ExecuteAsync(db, sql, parameters, ct);
        return await batch.ListAsync(r => r.GetInt32(0), ct);
    }

    public static async Task<int> ArticleAsync(NewsTreatyDbContext db, string key, CancellationToken ct) =>
        await db.Articles.Where(KeyLookup.ByIdOrSlug<Article>(key)).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("article", key);

    public static async Task<int?> OutletAsync(NewsTreatyDbContext db, string key, CancellationToken ct, bool required = true) =>
        await db.Outlets.Where(KeyLookup.ByIdOrSlug<Outlet>(key)).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct)
        ?? (required ? throw new NotFoundException("outlet", key) : null);

    /// <summary>The first UTC instant on or after a date's start.</summary>
    public static DateTime StartUtc(PartialDate date) => date.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first UTC instant after a date's end (exclusive bound).</summary>
    public static DateTime EndUtcExclusive(PartialDate date) => date.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
