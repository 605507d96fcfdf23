using System.Data.Common;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Events;

/// <summary>
/// The reads behind one event's record (<see cref="EventQueries.GetAsync"/>) as one command of a <see cref="RecordBatch"/>:
/// the event with its era and every count, its actors, its earliest coverage (each article with its outlet and origin
/// outlet, never its text) and its newest claims with their claimants. Each statement reads only the columns shown.
/// </summary>
internal static class EventRecordReader
{
    internal sealed record Head(
        int Id, string Slug, EventKind Kind, string Title, string Summary, PartialDate Date, PartialDate? EndDate, string? Place, int Importance,
        int Revision, DateTime UpdatedAt, EraView? Era, int Articles, int Outlets, int Origins, int Claims);

    internal sealed record Record(Head Head, List<ActorRoleView> Actors, List<CoverageView> Coverage, List<ClaimSummaryView> Claims);

    private static readonly RecordStatements Statements = new("events", $"""
        SELECT e."Id", e."Slug", e."Kind", e."Title", e."Summary", e."Date", e."EndDate", e."Place", e."Importance", e."Revision", e."UpdatedAt",
               r."Id", r."Slug", r."Name", r."Start", r."End", r."Summary",
               (SELECT COUNT(*) FROM "event_articles" AS l WHERE l."EventId" = e."Id"),
               (SELECT COUNT(DISTINCT ar."OutletId") FROM "event_articles" AS l JOIN "articles" AS ar ON ar."Id" = l."ArticleId" WHERE l."EventId" = e."Id"),
               (SELECT COUNT(DISTINCT COALESCE(ar."OriginOutletId", ar."OutletId"))
                FROM "event_articles" AS l JOIN "articles" AS ar ON ar."Id" = l."ArticleId" WHERE l."EventId" = e."Id"),
               (SELECT COUNT(*) FROM "claim_events" AS ce WHERE ce."EventId" = e."Id")
        FROM "events" AS e
        LEFT JOIN "eras" AS r ON r."Id" = e."EraId"
        WHERE e."Id" = @record;
        SELECT x."Role", {Column.ActorColumns("a")}
        FROM "event_actors" AS x JOIN "actors" AS a ON a."Id" = x."ActorId"
        WHERE x."EventId" = @record ORDER BY x."ActorId";
        SELECT s."Id", s."Slug", s."Headline", s."PublishedOn", {Column.OutletColumns("o")}, {Column.OutletColumns("g")}
        FROM (SELECT ar."Id", ar."Slug", ar."Headline", ar."PublishedOn", ar."PublishedUtc", ar."OutletId", COALESCE(ar."OriginOutletId", ar."OutletId") AS "Origin"
              FROM "event_articles" AS l JOIN "articles" AS ar ON ar."Id" = l."ArticleId"
              WHERE l."EventId" = @record ORDER BY ar."PublishedUtc", l."ArticleId" LIMIT {EventQueries.CoverageShown}) AS s
        JOIN "outlets" AS o ON o."Id" = s."OutletId"
        JOIN "outlets" AS g ON g."Id" = s."Origin"
        ORDER BY s."PublishedUtc", s."Id";
        SELECT {ClaimQueries.SummaryColumns}
        FROM (SELECT ce."ClaimId", ce."FirstSeenUtc" FROM "claim_events" AS ce
              WHERE ce."EventId" = @record ORDER BY ce."FirstSeenUtc" DESC, ce."ClaimId" DESC LIMIT {EventQueries.ClaimsShown}) AS n
        JOIN "claims" AS c ON c."Id" = n."ClaimId"
        LEFT JOIN "actors" AS a ON a."Id" = c."ClaimantActorId"
        LEFT JOIN "outlets" AS o ON o."Id" = c."ClaimantOutletId"
        ORDER BY n."FirstSeenUtc" DESC, n."ClaimId" DESC;
        """);

    /// <summary>The event by id ("42") or slug with its lists, or null when there is none.</summary>
    public static async Task<Record?> ReadAsync(NewsTreatyDbContext db, string key, CancellationToken ct)
    {
        await using var batch = await Statements.ExecuteAsync(db, key, ct);
        var head = await batch.SingleAsync(ReadHead, ct);
        if (head is null)
        {
            return null;
        }

        var actors = await batch.ListAsync(r => new ActorRoleView(r.Actor(1), r.GetString(0)), ct);
        var coverage = await batch.ListAsync(ReadCoverage, ct);
        var claims = await batch.ListAsync(ClaimQueries.ReadSummary, ct);
        return new Record(head, actors, coverage, claims);
    }

    private static Head ReadHead(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.Enum<EventKind>(2), r.GetString(3), r.GetString(4), r.Date(5), r.DateOrNull(6), r.TextOrNull(7), r.GetInt32(8),
        r.GetInt32(9), r.GetDateTime(10),
        r.IsDBNull(11) ? null : new EraView(r.GetInt32(11), r.GetString(12), r.GetString(13), DateView.Of(r.Date(14)), DateView.OfOptional(r.DateOrNull(15)), r.TextOrNull(16)),
        r.Count(17), r.Count(18), r.Count(19), r.Count(20));

    private static CoverageView ReadCoverage(DbDataReader r)
    {
        var outlet = r.Outlet(4);
        var origin = r.Outlet(10);
        return new CoverageView(outlet, new ArticleRef(r.GetInt32(0), r.GetString(1), r.GetString(2), outlet.Name, DateView.Of(r.Date(3))), origin, origin.Id == outlet.Id);
    }
}
