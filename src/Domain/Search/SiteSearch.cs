using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Search;

/// <summary>
/// One kind's best matches for a site search, on the engine's own index (FTS5 on SQLite, the stored tsvectors
/// on PostgreSQL; schema steps 0003, 0007 and 0011). Any of the words matches (stemmed: "visits" finds
/// "visit"; names also by prefix); results containing more of the words come first, then by the engine's
/// relevance. The engine also marks the matched words in the title and cuts a snippet, for the top rows only.
/// User input reaches neither query language: only its words do, each quoted or given as a lexeme.
/// </summary>
internal sealed class SiteSearch(NewsTreatyDbContext db)
{
    /// <summary>A row of one kind's ranked matches.</summary>
    internal sealed class Row
    {
        public int Id { get; init; }

        public double Rank { get; init; }

        public int Matched { get; init; }

        public string? Title { get; init; }

        public string? Snippet { get; init; }
    }

    /// <summary>Where one kind is indexed: its FTS table and source table, the date column a range filters on, and its title and body on PostgreSQL.</summary>
    private sealed record Source(string Fts, string Table, string? DateColumn, bool Prefix, string Title, string Body);

    private static readonly Dictionary<SearchKind, Source> Sources = new()
    {
        [SearchKind.Event] = new("events_fts", "events", "StartsOn", false, "e.\"Title\"", "e.\"Summary\""),
        [SearchKind.Claim] = new("claims_fts", "claims", "FirstSeenUtc", false, "e.\"Text\"",
            "coalesce((SELECT string_agg(a.\"Quote\", ' … ') FROM appearances a WHERE a.\"ClaimId\" = e.\"Id\"), '')"),
        [SearchKind.Actor] = new("actors_fts", "actors", null, true, "e.\"Name\"",
            "coalesce((SELECT string_agg(l.\"Name\", ', ') FROM actor_aliases l WHERE l.\"ActorId\" = e.\"Id\"), '')"),
        [SearchKind.Article] = new("articles_fts", "articles", "PublishedUtc", false, "e.\"Headline\"",
            "coalesce(e.\"Standfirst\", '') || ' ' || coalesce(e.\"Summary\", '')"),
        [SearchKind.Outlet] = new("outlets_fts", "outlets", null, true, "e.\"Name\"", "coalesce(e.\"Homepage\", '')"),
    };

    /// <summary>ts_rank weights for D, C, B, A, as in Querying/FullText.cs.</summary>
    private const string Weights = "ARRAY[0.1, 0.2, 0.5, 1.0]::real[]";

    public static bool Dated(SearchKind kind) => Sources[kind].DateColumn is not null;

    /// <summary>The best <paramref name="take"/> matches of one kind.</summary>
    public Task<List<Row>> TopAsync(SearchKind kind, IReadOnlyList<string> terms, PartialDate? from, PartialDate? to, int take, CancellationToken ct)
    {
        var source = Sources[kind];
        var postgres = db.Database.IsNpgsql();
        var parameters = new List<object> { Any(terms, source.Prefix, postgres) };
        parameters.AddRange(terms.Select(t => One(t, source.Prefix, postgres)));
        var matched = string.Join(" + ", terms.Select((_, i) => postgres
            ? $"(f.\"Vector\" @@ to_tsquery('english', {{{i + 1}}}))::int"
            : $"(\"{source.Fts}\".rowid IN (SELECT rowid FROM \"{source.Fts}\" WHERE \"{source.Fts}\" MATCH {{{i + 1}}}))"));
        var (join, where) = DateFilter(source, from, to, postgres, parameters);
        var sql = postgres
            ? $$"""
                SELECT h."Id", h."Rank", h."Matched",
                       ts_headline('english', {{source.Title}}, q.q, 'HighlightAll=true, StartSel="{{Highlights.Start}}", StopSel="{{Highlights.Stop}}"') AS "Title",
                       ts_headline('english', {{source.Body}}, q.q,
                           'MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … ", StartSel="{{Highlights.Start}}", StopSel="{{Highlights.Stop}}"') AS "Snippet"
                FROM (
                    SELECT f."Id", ts_rank({{Weights}}, f."Vector", q.q)::float8 AS "Rank", {{matched}} AS "Matched"
                    FROM "{{source.Fts}}" f {{join}}, to_tsquery('english', {0}) q(q)
                    WHERE f."Vector" @@ q.q {{where}}
                    ORDER BY "Matched" DESC, "Rank" DESC, f."Id" LIMIT {{take}}
                ) h JOIN "{{source.Table}}" e ON e."Id" = h."Id", to_tsquery('english', {0}) q(q)
                ORDER BY h."Matched" DESC, h."Rank" DESC, h."Id"
                """
            : $$"""
                SELECT "{{source.Fts}}".rowid AS "Id", -"{{source.Fts}}".rank AS "Rank", {{matched}} AS "Matched",
                       highlight("{{source.Fts}}", 0, char(2), char(3)) AS "Title",
                       snippet("{{source.Fts}}", 1, char(2), char(3), '…', 20) AS "Snippet"
                FROM "{{source.Fts}}" {{join}}
                WHERE "{{source.Fts}}" MATCH {0} {{where}}
                ORDER BY "Matched" DESC, "{{source.Fts}}".rank, "{{source.Fts}}".rowid LIMIT {{take}}
                """;
        return db.Database.SqlQueryRaw<Row>(sql, [.. parameters]).ToListAsync(ct);
    }

    /// <summary>How many records of one kind match, counted up to <paramref name="cap"/>.</summary>
    public async Task<int> CountAsync(SearchKind kind, IReadOnlyList<string> terms, PartialDate? from, PartialDate? to, int cap, CancellationToken ct)
    {
        var source = Sources[kind];
        var postgres = db.Database.IsNpgsql();
        var parameters = new List<object> { Any(terms, source.Prefix, postgres) };
        var (join, where) = DateFilter(source, from, to, postgres, parameters);
        var inner = postgres
            ? $$"""SELECT 1 FROM "{{source.Fts}}" f {{join}} WHERE f."Vector" @@ to_tsquery('english', {0}) {{where}} LIMIT {{cap}}"""
            : $$"""SELECT 1 FROM "{{source.Fts}}" {{join}} WHERE "{{source.Fts}}" MATCH {0} {{where}} LIMIT {{cap}}""";
        var sql = "SELECT count(*) AS \"Value\" FROM (" + inner + ") c";
        return await db.Database.SqlQueryRaw<int>(sql, [.. parameters]).SingleAsync(ct);
    }

    /// <summary>Any of the words: quoted FTS5 strings joined by OR, or lexemes joined by | (with :* for prefixes).</summary>
    private static string Any(IReadOnlyList<string> terms, bool prefix, bool postgres) =>
        string.Join(postgres ? " | " : " OR ", terms.Select(t => One(t, prefix, postgres)));

    private static string One(string term, bool prefix, bool postgres) =>
        postgres ? term + (prefix ? ":*" : "") : "\"" + term + "\"" + (prefix ? "*" : "");

    /// <summary>The join to the source table and the conditions for a date range, with their parameters appended.</summary>
    private static (string Join, string Where) DateFilter(Source source, PartialDate? from, PartialDate? to, bool postgres, List<object> parameters)
    {
        if (source.DateColumn is not { } column || (from is null && to is null))
        {
            return ("", "");
        }

        var key = postgres ? "f.\"Id\"" : $"\"{source.Fts}\".rowid";
        var join = $"JOIN \"{source.Table}\" s ON s.\"Id\" = {key}";
        var conditions = new List<string>();
        var dateOnly = column == "StartsOn";
        if (from is not null)
        {
            parameters.Add(dateOnly ? from.Start : from.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            conditions.Add($"s.\"{column}\" >= {{{parameters.Count - 1}}}");
        }

        if (to is not null)
        {
            parameters.Add(dateOnly ? to.End : to.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            conditions.Add($"s.\"{column}\" {(dateOnly ? "<=" : "<")} {{{parameters.Count - 1}}}");
        }

        if (!dateOnly)
        {
            // A claim not yet seen in any article has no first-seen date (the minimum value): no range holds it.
            parameters.Add(DateTime.SpecifyKind(new DateTime(1, 1, 2, 0, 0, 0, DateTimeKind.Utc), DateTimeKind.Utc));
            conditions.Add($"s.\"{column}\" > {{{parameters.Count - 1}}}");
        }

        return (join, " AND " + string.Join(" AND ", conditions));
    }
}
