using System.Data.Common;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The reads behind one claim's record (<see cref="ClaimQueries.GetAsync"/>) through a <see cref="RecordBatch"/>: the
/// claim with its claimant, subjects, events, quantities and appearances (joined with article, outlet and origin
/// outlet) as one command of five statements. On PostgreSQL the related claims are its sixth statement, ranked in the
/// database, so a claim is one network round trip; SQLite, in process, ranks them in a second step
/// (<see cref="RelatedAsync"/>). Each statement reads only the columns the view shows.
/// </summary>
internal static class ClaimRecordReader
{
    internal sealed record Head(
        int Id, string Slug, string Text, ClaimKind Kind, Hedging Hedging, ReviewStatus Status, string? StatusNote, int Revision, DateTime UpdatedAt,
        bool ClaimantInferred, string? ClaimantNote, int? ActorId, string? ActorSlug, string? ActorName, ActorKind? ActorKind,
        int? OutletId, string? OutletSlug, string? OutletName);

    internal sealed record EventRow(int Id, string Slug, string Title, PartialDate Date, EventKind Kind);

    internal sealed record AppearanceRow(
        int Id, string Quote, int Start, int End, AppearanceRole Role, string? AttributionQuote, int? AttributionStart, int? AttributionEnd,
        int ArticleId, string ArticleSlug, string Headline, PartialDate PublishedOn, DateTime PublishedUtc, OutletRef Outlet, OutletRef Origin);

    /// <summary>A claim's rows; <paramref name="Related"/> when the batch ranked them too (PostgreSQL), else null (ask <see cref="RelatedAsync"/>).</summary>
    internal sealed record Record(
        Head Head, List<ActorRef> Subjects, List<EventRow> Events, List<QuantityView> Quantities, List<AppearanceRow> Appearances, List<ClaimRef>? Related);

    private const string HeadColumns = """
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Hedging", c."Status", c."StatusNote", c."Revision", c."UpdatedAt",
               c."ClaimantInferred", c."ClaimantNote", c."ClaimantActorId", a."Slug", a."Name", a."Kind", c."ClaimantOutletId", o."Slug", o."Name"
        FROM "claims" AS c
        LEFT JOIN "actors" AS a ON a."Id" = c."ClaimantActorId"
        LEFT JOIN "outlets" AS o ON o."Id" = c."ClaimantOutletId"
        """;

    /// <summary>The collections of the claim whose id <c>@claim</c> stands for (the id parameter, or the slug's id).</summary>
    private const string Collections = """
        SELECT a."Id", a."Slug", a."Name", a."Kind"
        FROM "claim_subjects" AS s JOIN "actors" AS a ON a."Id" = s."ActorId"
        WHERE s."ClaimId" = @claim ORDER BY s."ActorId";
        SELECT e."Id", e."Slug", e."Title", e."Date", e."Kind"
        FROM "claim_events" AS ce JOIN "events" AS e ON e."Id" = ce."EventId"
        WHERE ce."ClaimId" = @claim ORDER BY ce."EventId";
        SELECT q."Value", q."Unit", q."Approximate", q."Text", q."Magnitude"
        FROM "claim_quantities" AS q WHERE q."ClaimId" = @claim ORDER BY q."Id";
        SELECT ap."Id", ap."Quote", ap."Start", ap."End", ap."Role", ap."AttributionQuote", ap."AttributionStart", ap."AttributionEnd",
               ar."Id", ar."Slug", ar."Headline", ar."PublishedOn", ar."PublishedUtc",
               o."Id", o."Slug", o."Name", o."Country", o."Kind", o."StateAffiliated",
               g."Id", g."Slug", g."Name", g."Country", g."Kind", g."StateAffiliated"
        FROM "appearances" AS ap
        JOIN "articles" AS ar ON ar."Id" = ap."ArticleId"
        JOIN "outlets" AS o ON o."Id" = ar."OutletId"
        JOIN "outlets" AS g ON g."Id" = COALESCE(ar."OriginOutletId", ar."OutletId")
        WHERE ap."ClaimId" = @claim;
        """;

    private const string SlugsClaim = "(SELECT \"Id\" FROM \"claims\" WHERE \"Slug\" = @slug)";

    private static readonly string ById = HeadColumns + "\nWHERE c.\"Id\" = @id;\n" + Collections.Replace("@claim", "@id", StringComparison.Ordinal);

    private static readonly string BySlug = HeadColumns + "\nWHERE c.\"Slug\" = @slug;\n" + Collections.Replace("@claim", SlugsClaim, StringComparison.Ordinal);

    /// <summary>The claim by id ("42") or slug with its collections, or null when there is none.</summary>
    public static async Task<Record?> ReadAsync(NewsTreatyDbContext db, string key, CancellationToken ct)
    {
        var byId = int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id);
        var postgres = RecordBatch.IsPostgres(db);
        var sql = (byId, postgres) switch { (true, true) => PostgresById, (true, false) => ById, (false, true) => PostgresBySlug, _ => BySlug };
        await using var batch = await RecordBatch.ExecuteAsync(db, sql, [byId ? ("@id", id) : ("@slug", key)], ct);
        var head = await batch.SingleAsync(ReadHead, ct);
        if (head is null)
        {
            return null;
        }

        var subjects = await batch.ListAsync(r => new ActorRef(r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ActorKind>(3)), ct);
        var events = await batch.ListAsync(r => new EventRow(r.GetInt32(0), r.GetString(1), r.GetString(2), r.Date(3), r.Enum<EventKind>(4)), ct);
        var quantities = await batch.ListAsync(
            r => new QuantityView(r.DecimalOrNull(0), r.GetString(1), r.GetBoolean(2), r.TextOrNull(3), r.EnumOrNull<QuantityMagnitude>(4)), ct);
        var appearances = await batch.ListAsync(ReadAppearance, ct);
        var related = postgres ? await batch.ListAsync(ReadRef, ct) : null;
        return new Record(head, subjects, events, quantities, appearances, related);
    }

    private static Head ReadHead(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ClaimKind>(3), r.Enum<Hedging>(4), r.Enum<ReviewStatus>(5), r.TextOrNull(6),
        r.GetInt32(7), r.GetDateTime(8), r.GetBoolean(9), r.TextOrNull(10),
        r.IntOrNull(11), r.TextOrNull(12), r.TextOrNull(13), r.EnumOrNull<ActorKind>(14), r.IntOrNull(15), r.TextOrNull(16), r.TextOrNull(17));

    private static AppearanceRow ReadAppearance(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.Enum<AppearanceRole>(4), r.TextOrNull(5), r.IntOrNull(6), r.IntOrNull(7),
        r.GetInt32(8), r.GetString(9), r.GetString(10), r.Date(11), r.GetDateTime(12), r.Outlet(13), r.Outlet(19));

    /// <summary>How many of a claim's events and subjects give related-claim candidates, and how many candidates each gives.</summary>
    private const int Sources = 8, Candidates = 400, Shown = 8;

    /// <summary>
    /// SQLite: claims sharing the most events (weight 2) and subjects (weight 1) with this one, best first, ties by id.
    /// Candidates are the newest <see cref="Candidates"/> claims of each of the first <see cref="Sources"/> events and
    /// subjects (by id), each a bounded range of the (event or actor, first seen, claim) index, so a claim about a head
    /// actor (in a quarter of a large corpus) or a busy event costs a few bounded index ranges. PostgreSQL ranks the
    /// same candidates the same way inside the record's batch (<see cref="RelatedInOneStatement"/>).
    /// </summary>
    /// <remarks>
    /// The candidate ids are read and ranked here, then the shown claims read: SQLite's GROUP BY sorts the ~400
    /// candidates of a typical claim through a temporary B-tree, which cost three times the index ranges themselves
    /// (3,000 random claims of the 1,000,000-claim corpus, statements kept prepared, load 6: ranges 78 µs a claim,
    /// ranges grouped 311 µs, the whole ranking 406 µs). RelatedClaimsTests checks both engines' order against the
    /// ranking computed in memory.
    /// </remarks>
    internal static async Task<List<ClaimRef>> RelatedAsync(NewsTreatyDbContext db, int id, IReadOnlyList<int> eventIds, IReadOnlyList<int> subjectIds, CancellationToken ct)
    {
        var events = eventIds.Take(Sources).ToList();
        var subjects = subjectIds.Take(Sources).ToList();
        if (events.Count + subjects.Count == 0)
        {
            return [];
        }

        var arms = string.Join("\nUNION ALL ", events.Select((_, i) => Arm("claim_events", "EventId", "@e" + i, 2))
            .Concat(subjects.Select((_, i) => Arm("claim_subjects", "ActorId", "@s" + i, 1))));
        var parameters = events.Select((e, i) => ("@e" + i, (object)e)).Concat(subjects.Select((s, i) => ("@s" + i, (object)s))).Append(("@id", id));

        // One row per range: its weight and its claim ids as one comma-separated text (a row per id cost a dozen calls
        // into SQLite and its SafeHandles, each, for the ~400 ids of a typical claim).
        var scores = new Dictionary<int, int>(Candidates);
        await using (var candidates = await RecordBatch.ExecuteAsync(db, arms, parameters, ct))
        {
            while (await candidates.Reader.ReadAsync(ct))
            {
                if (candidates.Reader.TextOrNull(1) is not { } text)
                {
                    continue; // a range without claims
                }

                var weight = candidates.Reader.GetInt32(0);
                var ids = text.AsSpan();
                foreach (var range in ids.Split(','))
                {
                    var claim = int.Parse(ids[range], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                    scores[claim] = scores.GetValueOrDefault(claim) + weight;
                }
            }
        }

        var best = Best(scores);
        if (best.Count == 0)
        {
            return [];
        }

        // One statement text whatever the count (kept prepared): the list padded with its last id, which IN ignores.
        await using var shown = await RecordBatch.ExecuteAsync(db, ShownClaims, Enumerable.Range(0, Shown).Select(i => ("@r" + i, (object)best[Math.Min(i, best.Count - 1)])), ct);
        var found = (await shown.ListAsync(ReadRef, ct)).ToDictionary(c => c.Id);
        return best.Where(found.ContainsKey).Select(c => found[c]).ToList();
    }

    private static readonly string ShownClaims = """
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Status" FROM "claims" AS c WHERE c."Id" IN (
        """ + string.Join(", ", Enumerable.Range(0, Shown).Select(i => "@r" + i)) + ")";

    private static ClaimRef ReadRef(DbDataReader r) => new(r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ClaimKind>(3), r.Enum<ReviewStatus>(4));

    /// <summary>The <see cref="Shown"/> best-scored claims, score descending then id ascending.</summary>
    private static List<int> Best(Dictionary<int, int> scores)
    {
        var best = new List<(int Score, int Id)>(Shown + 1);
        foreach (var (id, score) in scores)
        {
            var at = best.Count;
            while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Id > id)))
            {
                at--;
            }

            if (at < Shown)
            {
                best.Insert(at, (score, id));
                if (best.Count > Shown)
                {
                    best.RemoveAt(Shown);
                }
            }
        }

        return best.ConvertAll(b => b.Id);
    }

    /// <summary>
    /// PostgreSQL: <see cref="RelatedAsync"/>'s ranking for the claim <c>@claim</c> stands for, as one statement of the
    /// record's batch. The claim's first <see cref="Sources"/> events and subjects by id (the lists the batch reads, in
    /// the same order) each give their newest <see cref="Candidates"/> claims through a lateral index range.
    /// </summary>
    private static readonly string RelatedInOneStatement = $"""
        SELECT c."Id", c."Slug", c."Text", c."Kind", c."Status"
        FROM (SELECT n."ClaimId", sum(n."Weight") AS "Score"
              FROM (SELECT x."ClaimId", 2 AS "Weight"
                    FROM (SELECT "EventId" FROM "claim_events" WHERE "ClaimId" = @claim ORDER BY "EventId" LIMIT {Sources}) AS s
                    CROSS JOIN LATERAL (SELECT "ClaimId" FROM "claim_events" WHERE "EventId" = s."EventId" AND "ClaimId" <> @claim
                                        ORDER BY "FirstSeenUtc" DESC, "ClaimId" DESC LIMIT {Candidates}) AS x
                    UNION ALL
                    SELECT x."ClaimId", 1 AS "Weight"
                    FROM (SELECT "ActorId" FROM "claim_subjects" WHERE "ClaimId" = @claim ORDER BY "ActorId" LIMIT {Sources}) AS s
                    CROSS JOIN LATERAL (SELECT "ClaimId" FROM "claim_subjects" WHERE "ActorId" = s."ActorId" AND "ClaimId" <> @claim
                                        ORDER BY "FirstSeenUtc" DESC, "ClaimId" DESC LIMIT {Candidates}) AS x) AS n
              GROUP BY n."ClaimId" ORDER BY "Score" DESC, n."ClaimId" LIMIT {Shown}) AS r
        JOIN "claims" AS c ON c."Id" = r."ClaimId"
        ORDER BY r."Score" DESC, r."ClaimId"
        """;

    /// <summary>PostgreSQL: the record's batch with the related claims as its sixth statement, so a claim is one round trip.</summary>
    private static readonly string PostgresById = ById + "\n" + RelatedInOneStatement.Replace("@claim", "@id", StringComparison.Ordinal) + ";";

    private static readonly string PostgresBySlug = BySlug + "\n" + RelatedInOneStatement.Replace("@claim", SlugsClaim, StringComparison.Ordinal) + ";";

    /// <summary>SQLite: one event's or subject's candidates as one row of (weight, comma-separated ids).</summary>
    private static string Arm(string table, string column, string parameter, int weight) => $"""
        SELECT {weight}, group_concat(x."ClaimId")
        FROM (SELECT "ClaimId" FROM "{table}" WHERE "{column}" = {parameter} AND "ClaimId" <> @id
            ORDER BY "FirstSeenUtc" DESC, "ClaimId" DESC LIMIT {Candidates}) AS x
        """;
}
