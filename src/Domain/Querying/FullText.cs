using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Querying;

/// <summary>A full-text match: the entity id and its relevance (higher is better).</summary>
public sealed class FtsHit
{
    public int Id { get; init; }

    public double Rank { get; init; }
}

/// <summary>
/// Full-text search on the engine's own index: FTS5 tables (steps 0003 and 0007) ranked on SQLite by
/// <see cref="SqliteRanking.Function"/>, bm25 with the first column weighted twice that leaves out a single word's
/// match count (the dearest part of a common word's search, and no change to the order); stored and trigger-kept
/// tsvectors in <c>*_fts</c> tables ranked by ts_rank on PostgreSQL (step 0007). Each query returns (id, rank) from
/// the index alone, so callers can sort and cut a page there before joining to the entity. User input never reaches either query language: only its
/// words (letters and digits) do, each quoted, all required.
/// </summary>
internal static class FullText
{
    /// <summary>ts_rank weights for D, C, B, A: the first field (A) counts twice the second (B), as bm25(2.0, 1.0) does on SQLite.</summary>
    private const string Weights = "ARRAY[0.1, 0.2, 0.5, 1.0]::real[]";

    public static IReadOnlyList<string> Terms(string q) =>
        SearchWords.Of(q) is { Count: > 0 } terms ? terms : throw new DomainException(SearchWords.NoWords("q", q));

    private static bool IsPostgres(NewsTreatyDbContext db) => db.Database.IsNpgsql();

    private static string Match(IReadOnlyList<string> terms, bool prefix, bool postgres) => postgres
        ? string.Join(" & ", terms.Select(t => prefix ? t + ":*" : t))
        : string.Join(' ', terms.Select(t => "\"" + t + "\"" + (prefix ? "*" : "")));

    /// <summary>Ids and ranks of the rows of <paramref name="table"/> matching every term, read from the index alone.</summary>
    private static IQueryable<FtsHit> Ranked(NewsTreatyDbContext db, string table, IReadOnlyList<string> terms, bool prefix = false)
    {
        var postgres = IsPostgres(db);
        var match = Match(terms, prefix, postgres);
        var sql = postgres
            ? $$"""
                SELECT f."Id", ts_rank({{Weights}}, f."Vector", q.q)::float8 AS "Rank"
                FROM "{{table}}" f, to_tsquery('english', {0}) q(q) WHERE f."Vector" @@ q.q
                """
            : $$"""SELECT rowid AS "Id", -{{SqliteRanking.Function}}("{{table}}", 2.0, 1.0) AS "Rank" FROM "{{table}}" WHERE "{{table}}" MATCH {0}""";
        return db.Database.SqlQueryRaw<FtsHit>(sql, match);
    }

    /// <summary>Claims whose text or quotations contain every term.</summary>
    public static IQueryable<FtsHit> Claims(NewsTreatyDbContext db, IReadOnlyList<string> terms) => Ranked(db, "claims_fts", terms);

    /// <summary>
    /// Ids of the claims whose text or quotations contain every term, without ranking them: for sorts
    /// other than relevance, which only need to know whether a claim matches.
    /// </summary>
    public static IQueryable<int> ClaimIds(NewsTreatyDbContext db, IReadOnlyList<string> terms)
    {
        var postgres = IsPostgres(db);
        var match = Match(terms, prefix: false, postgres);
        return postgres
            ? db.Database.SqlQueryRaw<int>("""SELECT "Id" AS "Value" FROM "claims_fts" WHERE "Vector" @@ to_tsquery('english', {0})""", match)
            : db.Database.SqlQueryRaw<int>("""SELECT rowid AS "Value" FROM "claims_fts" WHERE "claims_fts" MATCH {0}""", match);
    }

    /// <summary>The FTS5 query for rows holding every term, as the SQLite queries above put it (each word quoted).</summary>
    public static string Fts5Words(IReadOnlyList<string> terms) => Match(terms, prefix: false, postgres: false);

    /// <summary>Actors whose name or an alias starts with every term (so "Shoig" finds Shoigu).</summary>
    public static IQueryable<FtsHit> Actors(NewsTreatyDbContext db, IReadOnlyList<string> terms) => Ranked(db, "actors_fts", terms, prefix: true);

    public static IQueryable<FtsHit> Events(NewsTreatyDbContext db, IReadOnlyList<string> terms) => Ranked(db, "events_fts", terms);

    public static IQueryable<FtsHit> Articles(NewsTreatyDbContext db, IReadOnlyList<string> terms) => Ranked(db, "articles_fts", terms);
}
