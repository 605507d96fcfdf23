using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Reading;

/// <summary>A full-text match: the entity id and its relevance (higher is better).</summary>
public sealed class FtsHit
{
    public int Id { get; init; }

    public double Rank { get; init; }
}

/// <summary>
/// Full-text search on the engine's own index (schema step 0003): FTS5 with bm25 on SQLite, GIN
/// tsvector indexes with ts_rank on PostgreSQL. User input never reaches either query language: only
/// its words (letters and digits) do, each quoted, all required.
/// </summary>
internal static partial class FullText
{
    private const int MaxTerms = 12;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static IReadOnlyList<string> Terms(string q)
    {
        var terms = Word().Matches(q).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxTerms).ToList();
        return terms.Count > 0
            ? terms
            : throw new DomainException($"q '{q}' has no words to search for: give one or more words (letters or digits).");
    }

    private static bool IsPostgres(NewsTreatyDbContext db) => db.Database.IsNpgsql();

    private static string Match(IReadOnlyList<string> terms, bool prefix, bool postgres) => postgres
        ? string.Join(" & ", terms.Select(t => prefix ? t + ":*" : t))
        : string.Join(' ', terms.Select(t => "\"" + t + "\"" + (prefix ? "*" : "")));

    /// <summary>Claims whose text or quotations contain every term.</summary>
    public static IQueryable<FtsHit> Claims(NewsTreatyDbContext db, IReadOnlyList<string> terms)
    {
        var postgres = IsPostgres(db);
        var match = Match(terms, prefix: false, postgres);
        return postgres
            ? db.Database.SqlQueryRaw<FtsHit>("""
                SELECT h."Id", MAX(h."Rank") AS "Rank" FROM (
                    SELECT c."Id", 2 * ts_rank(to_tsvector('english', c."Text"), q.q)::float8 AS "Rank"
                    FROM claims c, to_tsquery('english', {0}) q(q) WHERE to_tsvector('english', c."Text") @@ q.q
                    UNION ALL
                    SELECT a."ClaimId", ts_rank(to_tsvector('english', a."Quote"), q.q)::float8
                    FROM appearances a, to_tsquery('english', {0}) q(q) WHERE to_tsvector('english', a."Quote") @@ q.q
                ) h GROUP BY h."Id"
                """, match)
            : db.Database.SqlQueryRaw<FtsHit>(
                """SELECT rowid AS "Id", -bm25("claims_fts", 2.0, 1.0) AS "Rank" FROM "claims_fts" WHERE "claims_fts" MATCH {0}""", match);
    }

    /// <summary>Actors whose name or an alias starts with every term (so "Shoig" finds Shoigu).</summary>
    public static IQueryable<FtsHit> Actors(NewsTreatyDbContext db, IReadOnlyList<string> terms)
    {
        var postgres = IsPostgres(db);
        var match = Match(terms, prefix: true, postgres);
        return postgres
            ? db.Database.SqlQueryRaw<FtsHit>("""
                SELECT h."Id", MAX(h."Rank") AS "Rank" FROM (
                    SELECT a."Id", 2 * ts_rank(to_tsvector('english', a."Name"), q.q)::float8 AS "Rank"
                    FROM actors a, to_tsquery('english', {0}) q(q) WHERE to_tsvector('english', a."Name") @@ q.q
                    UNION ALL
                    SELECT l."ActorId", ts_rank(to_tsvector('english', l."Name"), q.q)::float8
                    FROM actor_aliases l, to_tsquery('english', {0}) q(q) WHERE to_tsvector('english', l."Name") @@ q.q
                ) h GROUP BY h."Id"
                """, match)
            : db.Database.SqlQueryRaw<FtsHit>(
                """SELECT rowid AS "Id", -bm25("actors_fts", 2.0, 1.0) AS "Rank" FROM "actors_fts" WHERE "actors_fts" MATCH {0}""", match);
    }

    public static IQueryable<FtsHit> Events(NewsTreatyDbContext db, IReadOnlyList<string> terms)
    {
        var postgres = IsPostgres(db);
        var match = Match(terms, prefix: false, postgres);
        return postgres
            ? db.Database.SqlQueryRaw<FtsHit>("""
                SELECT e."Id", ts_rank(to_tsvector('english', e."Title" || ' ' || e."Summary"), q.q)::float8 AS "Rank"
                FROM events e, to_tsquery('english', {0}) q(q) WHERE to_tsvector('english', e."Title" || ' ' || e."Summary") @@ q.q
                """, match)
            : db.Database.SqlQueryRaw<FtsHit>(
                """SELECT rowid AS "Id", -bm25("events_fts", 2.0, 1.0) AS "Rank" FROM "events_fts" WHERE "events_fts" MATCH {0}""", match);
    }

    public static IQueryable<FtsHit> Articles(NewsTreatyDbContext db, IReadOnlyList<string> terms)
    {
        var postgres = IsPostgres(db);
        var match = Match(terms, prefix: false, postgres);
        return postgres
            ? db.Database.SqlQueryRaw<FtsHit>("""
                SELECT a."Id", ts_rank(to_tsvector('english', a."Headline" || ' ' || coalesce(a."Standfirst", '') || ' ' || coalesce(a."Summary", '')), q.q)::float8 AS "Rank"
                FROM articles a, to_tsquery('english', {0}) q(q)
                WHERE to_tsvector('english', a."Headline" || ' ' || coalesce(a."Standfirst", '') || ' ' || coalesce(a."Summary", '')) @@ q.q
                """, match)
            : db.Database.SqlQueryRaw<FtsHit>(
                """SELECT rowid AS "Id", -bm25("articles_fts", 2.0, 1.0) AS "Rank" FROM "articles_fts" WHERE "articles_fts" MATCH {0}""", match);
    }
}
