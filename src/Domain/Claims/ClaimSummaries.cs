using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The summaries of one page of claims by id, as one statement read straight into the views (a <see cref="RecordBatch"/>):
/// only the columns a summary shows, where EF built the whole claim, claimant actor and outlet entities of every row.
/// </summary>
internal static class ClaimSummaries
{
    private const string Columns = """
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Hedging", c."Status", c."Revision", c."OutletCount", c."OriginCount", c."FirstSeenUtc",
               c."ClaimantInferred", c."ClaimantNote", a."Id", a."Slug", a."Name", a."Kind", o."Id", o."Slug", o."Name"
        FROM "claims" AS c
        LEFT JOIN "actors" AS a ON a."Id" = c."ClaimantActorId"
        LEFT JOIN "outlets" AS o ON o."Id" = c."ClaimantOutletId"
        WHERE c."Id" IN (
        """;

    /// <summary>The summaries of <paramref name="ids"/>, in that order (an id with no claim is left out).</summary>
    public static async Task<List<ClaimSummaryView>> ReadAsync(NewsTreatyDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var sql = Columns + string.Join(", ", ids.Select((_, i) => "@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
        await using var batch = await RecordBatch.ExecuteAsync(db, sql, ids.Select((id, i) => ("@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object)id)), ct);
        var found = (await batch.ListAsync(r =>
        {
            var claimant = r.IntOrNull(12) is { } actorId
                ? new ClaimantView("actor", actorId, r.GetString(13), r.GetString(14), r.GetBoolean(10), r.TextOrNull(11), r.Enum<ActorKind>(15))
                : new ClaimantView("outlet", r.GetInt32(16), r.GetString(17), r.GetString(18), r.GetBoolean(10), r.TextOrNull(11));
            return new ClaimSummaryView(
                r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ClaimKind>(3), claimant, r.Enum<Hedging>(4), r.Enum<ReviewStatus>(5),
                new CorroborationView(r.GetInt32(7), r.GetInt32(8)), ClaimQueries.Seen(r.GetDateTime(9)), r.GetInt32(6));
        }, ct)).ToDictionary(s => s.Id);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}
