using System.Data.Common;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Actors;

/// <summary>
/// The reads behind one actor's record (<see cref="ActorQueries.GetAsync"/>) as one command of a <see cref="RecordBatch"/>:
/// the actor with both claim counts, its aliases, affiliations and members, the newest claims made by and about it, its
/// events, and the actors it co-occurs with most, counted in the database. Each list is a bounded read of an index on
/// the actor's id (members from the affiliations' organisation index, the claims from the (actor, first seen) indexes).
/// </summary>
internal static class ActorRecordReader
{
    internal sealed record Head(int Id, string Slug, string Name, ActorKind Kind, string? WikidataId, string Description, int Revision, DateTime UpdatedAt, int Made, int About);

    internal sealed record CoOccurrence(ActorRef Actor, int Count);

    internal sealed record Record(
        Head Head, List<AliasView> Aliases, List<AffiliationView> Affiliations, List<ActorRef> Members, List<ClaimRef> Made, List<ClaimRef> About,
        List<EventRoleView> Events, List<CoOccurrence> CoOccurring);

    /// <summary>The newest claims the actor made, and those about it (each with its claimant), as the end of a SELECT.</summary>
    private static readonly string Made = $"""
        FROM "claims" AS c WHERE c."ClaimantActorId" = @record ORDER BY c."FirstSeenUtc" DESC, c."Id" DESC LIMIT {ActorQueries.ClaimsShown}
        """;

    private static readonly string About = $"""
        FROM "claim_subjects" AS s JOIN "claims" AS c ON c."Id" = s."ClaimId"
        WHERE s."ActorId" = @record ORDER BY s."FirstSeenUtc" DESC, s."ClaimId" DESC LIMIT {ActorQueries.ClaimsShown}
        """;

    /// <remarks>
    /// The events keep the statement EF generated before (ordered by start only), so events starting the same day come in
    /// the same order. Co-occurrence: every actor of the actor's events (once per event), the subjects of the newest
    /// claims made and about it (each claim once) and the claimants of those about it, the actor itself left out; the
    /// most frequent <see cref="ActorQueries.CoOccurringRead"/> by count, then id, ordered by id for the record to rank.
    /// </remarks>
    private static readonly RecordStatements Statements = new("actors", $"""
        SELECT a."Id", a."Slug", a."Name", a."Kind", a."WikidataId", a."Description", a."Revision", a."UpdatedAt",
               (SELECT COUNT(*) FROM "claims" AS c WHERE c."ClaimantActorId" = a."Id"),
               (SELECT COUNT(*) FROM "claim_subjects" AS s WHERE s."ActorId" = a."Id")
        FROM "actors" AS a
        WHERE a."Id" = @record;
        SELECT x."Name", x."Kind", x."ValidFrom", x."ValidTo", x."Note" FROM "actor_aliases" AS x WHERE x."ActorId" = @record ORDER BY x."Id";
        SELECT {Column.ActorColumns("o")}, f."Role", f."From", f."To"
        FROM "actor_affiliations" AS f JOIN "actors" AS o ON o."Id" = f."OrganisationId"
        WHERE f."ActorId" = @record ORDER BY f."Id";
        SELECT {Column.ActorColumns("a")} FROM "actors" AS a
        WHERE a."Id" IN (SELECT f."ActorId" FROM "actor_affiliations" AS f WHERE f."OrganisationId" = @record)
        ORDER BY a."Name", a."Id";
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Status" {Made};
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Status" {About};
        SELECT "e"."Id", "e"."Slug", "e"."Title", "e"."Date", "e"."Kind", "e1"."Role"
        FROM "events" AS "e"
        INNER JOIN (
            SELECT "e0"."EventId", "e0"."Role"
            FROM "event_actors" AS "e0"
            WHERE "e0"."ActorId" = @record
        ) AS "e1" ON "e"."Id" = "e1"."EventId"
        ORDER BY "e"."StartsOn";
        SELECT {Column.ActorColumns("a")}, n."Count"
        FROM (SELECT x."ActorId", COUNT(*) AS "Count"
              FROM (SELECT p."ActorId" FROM "event_actors" AS m JOIN "event_actors" AS p ON p."EventId" = m."EventId" WHERE m."ActorId" = @record
                    UNION ALL
                    SELECT t."ActorId" FROM "claim_subjects" AS t
                    WHERE t."ClaimId" IN (SELECT made."Id" FROM (SELECT c."Id" {Made}) AS made
                                          UNION SELECT about."Id" FROM (SELECT c."Id" {About}) AS about)
                    UNION ALL
                    SELECT about."ClaimantActorId" FROM (SELECT c."ClaimantActorId" {About}) AS about WHERE about."ClaimantActorId" IS NOT NULL) AS x
              WHERE x."ActorId" <> @record
              GROUP BY x."ActorId" ORDER BY COUNT(*) DESC, x."ActorId" LIMIT {ActorQueries.CoOccurringRead}) AS n
        JOIN "actors" AS a ON a."Id" = n."ActorId"
        ORDER BY a."Id";
        """);

    /// <summary>The actor by id ("42") or slug with its lists, or null when there is none.</summary>
    public static async Task<Record?> ReadAsync(NewsTreatyDbContext db, string key, CancellationToken ct)
    {
        await using var batch = await Statements.ExecuteAsync(db, key, ct);
        var head = await batch.SingleAsync(ReadHead, ct);
        if (head is null)
        {
            return null;
        }

        var aliases = await batch.ListAsync(r => new AliasView(r.GetString(0), r.Enum<AliasKind>(1), DateView.OfOptional(r.DateOrNull(2)), DateView.OfOptional(r.DateOrNull(3)), r.TextOrNull(4)), ct);
        var affiliations = await batch.ListAsync(r => new AffiliationView(r.Actor(0), r.TextOrNull(4), DateView.OfOptional(r.DateOrNull(5)), DateView.OfOptional(r.DateOrNull(6))), ct);
        var members = await batch.ListAsync(r => r.Actor(0), ct);
        var made = await batch.ListAsync(ReadClaim, ct);
        var about = await batch.ListAsync(ReadClaim, ct);
        var events = await batch.ListAsync(r => new EventRoleView(new EventRef(r.GetInt32(0), r.GetString(1), r.GetString(2), DateView.Of(r.Date(3)), r.Enum<EventKind>(4)), r.GetString(5)), ct);
        var coOccurring = await batch.ListAsync(r => new CoOccurrence(r.Actor(0), r.Count(4)), ct);
        return new Record(head, aliases, affiliations, members, made, about, events, coOccurring);
    }

    private static Head ReadHead(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ActorKind>(3), r.TextOrNull(4), r.GetString(5), r.GetInt32(6), r.GetDateTime(7), r.Count(8), r.Count(9));

    private static ClaimRef ReadClaim(DbDataReader r) => new(r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ClaimKind>(3), r.Enum<ReviewStatus>(4));
}
