using System.Data.Common;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Articles;

/// <summary>
/// The reads behind one article's record (<see cref="ArticleQueries.GetAsync"/>) as one command of a <see cref="RecordBatch"/>:
/// the article's shown columns (never its text: only whether it has one) with its outlet, origin outlet and claim
/// count, its relations both ways, its first claims in reading order with their claimants and subjects, and its events
/// (from the links' article index) with their actors. Each statement reads only the columns shown.
/// </summary>
internal static class ArticleRecordReader
{
    internal sealed record Head(
        int Id, string Slug, string Headline, string? PrintHeadline, string? Standfirst, OutletRef Outlet, OutletRef? Origin, Genre Genre,
        string? Byline, string? Section, string? Dateline, string Language, string? CanonicalUrl, string? Summary, PublishedView Published,
        string? SourceName, string? SourceSha256, bool HasText, int Revision, DateTime UpdatedAt, int Claims);

    /// <summary>A claim in reading order with its claimant, when an actor.</summary>
    internal sealed record ClaimRow(ClaimRef Claim, ActorRef? Claimant);

    internal sealed record Record(
        Head Head, List<RelationView> Relations, List<RelationView> Dependants, List<ClaimRow> Claims, ILookup<int, ActorRef> Subjects, List<EventRef> Events,
        ILookup<int, ActorRef> EventActors);

    /// <summary>The first claims in reading order: each claim's first position in the article.</summary>
    private static readonly string FirstClaims = $"""
        SELECT x."ClaimId", MIN(x."Start") AS "Start" FROM "appearances" AS x WHERE x."ArticleId" = @record
        GROUP BY x."ClaimId" ORDER BY MIN(x."Start"), x."ClaimId" LIMIT {ArticleQueries.ClaimsShown}
        """;

    /// <remarks>The origin outlet comes whatever it is; the record names it only when it differs from the outlet.</remarks>
    private static readonly RecordStatements Statements = new("articles", $"""
        SELECT ar."Id", ar."Slug", ar."Headline", ar."PrintHeadline", ar."Standfirst", {Column.OutletColumns("o")}, {Column.OutletColumns("g")},
               ar."Genre", ar."Byline", ar."Section", ar."Dateline", ar."Language", ar."CanonicalUrl", ar."Summary",
               ar."PublishedOn", ar."PublishedTime", ar."TimeZone", ar."DateBasis", ar."DateNote", ar."PublishedUtc",
               ar."SourceName", ar."SourceSha256", ar."Text" IS NOT NULL, ar."Revision", ar."UpdatedAt",
               (SELECT COUNT(DISTINCT x."ClaimId") FROM "appearances" AS x WHERE x."ArticleId" = ar."Id")
        FROM "articles" AS ar
        JOIN "outlets" AS o ON o."Id" = ar."OutletId"
        LEFT JOIN "outlets" AS g ON g."Id" = ar."OriginOutletId"
        WHERE ar."Id" = @record;
        SELECT r."Kind", r."Note", t."Id", t."Slug", t."Headline", tout."Name", t."PublishedOn", {Column.OutletColumns("o")}
        FROM "article_relations" AS r
        LEFT JOIN "articles" AS t ON t."Id" = r."TargetArticleId"
        LEFT JOIN "outlets" AS tout ON tout."Id" = t."OutletId"
        LEFT JOIN "outlets" AS o ON o."Id" = r."TargetOutletId"
        WHERE r."ArticleId" = @record ORDER BY r."Id";
        SELECT r."Kind", r."Note", d."Id", d."Slug", d."Headline", d."PublishedOn", {Column.OutletColumns("o")}
        FROM "article_relations" AS r
        JOIN "articles" AS d ON d."Id" = r."ArticleId"
        JOIN "outlets" AS o ON o."Id" = d."OutletId"
        WHERE r."TargetArticleId" = @record ORDER BY d."Id", r."Id";
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Status", {Column.ActorColumns("a")}
        FROM ({FirstClaims}) AS f
        JOIN "claims" AS c ON c."Id" = f."ClaimId"
        LEFT JOIN "actors" AS a ON a."Id" = c."ClaimantActorId"
        ORDER BY f."Start", f."ClaimId";
        SELECT s."ClaimId", {Column.ActorColumns("a")}
        FROM "claim_subjects" AS s JOIN "actors" AS a ON a."Id" = s."ActorId"
        WHERE s."ClaimId" IN (SELECT f."ClaimId" FROM ({FirstClaims}) AS f)
        ORDER BY s."ClaimId", s."ActorId";
        SELECT e."Id", e."Slug", e."Title", e."Date", e."Kind"
        FROM "event_articles" AS l JOIN "events" AS e ON e."Id" = l."EventId"
        WHERE l."ArticleId" = @record ORDER BY e."StartsOn", e."Id";
        SELECT x."EventId", {Column.ActorColumns("a")}
        FROM "event_articles" AS l
        JOIN "event_actors" AS x ON x."EventId" = l."EventId"
        JOIN "actors" AS a ON a."Id" = x."ActorId"
        WHERE l."ArticleId" = @record ORDER BY x."EventId", x."ActorId";
        """);

    /// <summary>The article by id ("42") or slug with its lists, or null when there is none.</summary>
    public static async Task<Record?> ReadAsync(NewsTreatyDbContext db, string key, CancellationToken ct)
    {
        await using var batch = await Statements.ExecuteAsync(db, key, ct);
        var head = await batch.SingleAsync(ReadHead, ct);
        if (head is null)
        {
            return null;
        }

        var relations = await batch.ListAsync(r => new RelationView(r.Enum<ArticleRelationKind>(0),
            r.IsDBNull(2) ? null : new ArticleRef(r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), DateView.Of(r.Date(6))),
            r.IsDBNull(7) ? null : r.Outlet(7), r.TextOrNull(1)), ct);
        var dependants = await batch.ListAsync(r =>
        {
            var outlet = r.Outlet(6);
            return new RelationView(r.Enum<ArticleRelationKind>(0), new ArticleRef(r.GetInt32(2), r.GetString(3), r.GetString(4), outlet.Name, DateView.Of(r.Date(5))), outlet, r.TextOrNull(1));
        }, ct);
        var claims = await batch.ListAsync(
            r => new ClaimRow(new ClaimRef(r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ClaimKind>(3), r.Enum<ReviewStatus>(4)), r.IsDBNull(5) ? null : r.Actor(5)), ct);
        var subjects = (await batch.ListAsync(r => (Owner: r.GetInt32(0), Actor: r.Actor(1)), ct)).ToLookup(s => s.Owner, s => s.Actor);
        var events = await batch.ListAsync(r => new EventRef(r.GetInt32(0), r.GetString(1), r.GetString(2), DateView.Of(r.Date(3)), r.Enum<EventKind>(4)), ct);
        var eventActors = (await batch.ListAsync(r => (Owner: r.GetInt32(0), Actor: r.Actor(1)), ct)).ToLookup(a => a.Owner, a => a.Actor);
        return new Record(head, relations, dependants, claims, subjects, events, eventActors);
    }

    private static Head ReadHead(DbDataReader r)
    {
        var outlet = r.Outlet(5);
        var origin = r.IsDBNull(11) ? null : r.Outlet(11);
        return new Head(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.TextOrNull(3), r.TextOrNull(4), outlet, origin is not null && origin.Id != outlet.Id ? origin : null,
            r.Enum<Genre>(17), r.TextOrNull(18), r.TextOrNull(19), r.TextOrNull(20), r.GetString(21), r.TextOrNull(22), r.TextOrNull(23),
            Map.Published(r.Date(24), r.IsDBNull(25) ? null : r.GetFieldValue<TimeOnly>(25), r.TextOrNull(26), r.Enum<DateBasis>(27), r.TextOrNull(28), r.GetDateTime(29)),
            r.TextOrNull(30), r.TextOrNull(31), r.GetBoolean(32), r.GetInt32(33), r.GetDateTime(34), r.Count(35));
    }
}
