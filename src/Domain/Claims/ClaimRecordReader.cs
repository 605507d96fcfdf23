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
/// outlet) as one command of five statements; then the related claims (<see cref="RelatedAsync"/>), ranked in the host
/// from ranges that many claims share and <see cref="RelatedClaimsCache"/> keeps. Each statement reads only the
/// columns the view shows.
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

    internal sealed record Record(Head Head, List<ActorRef> Subjects, List<EventRow> Events, List<QuantityView> Quantities, List<AppearanceRow> Appearances);

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
        await using var batch = await RecordBatch.ExecuteAsync(db, byId ? ById : BySlug, [byId ? ("@id", id) : ("@slug", key)], ct);
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
        return new Record(head, subjects, events, quantities, appearances);
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
    /// Claims sharing the most events (weight 2) and subjects (weight 1) with this one, best first, ties by id.
    /// Candidates are the newest <see cref="Candidates"/> claims of each of the first <see cref="Sources"/> events and
    /// subjects (by id), each a bounded range of the (event or actor, first seen, claim) index, so a claim about a head
    /// actor (in a quarter of a large corpus) or a busy event costs a few bounded index ranges.
    /// </summary>
    /// <remarks>
    /// Each range is the event's or subject's newest <see cref="Candidates"/> + 1 claims, whichever claim asks (a claim
    /// among them leaves itself out, else the oldest is left), so <paramref name="cache"/> keeps it for the next claim
    /// of that event or subject, and the shown claims with it; only what it lacks is read. The ids are read and ranked
    /// here: SQLite's GROUP BY sorts the ~400 candidates of a typical claim through a temporary B-tree, which cost three
    /// times the index ranges themselves (3,000 random claims of the 1,000,000-claim corpus, statements kept prepared,
    /// load 6: ranges 78 µs a claim, ranges grouped 311 µs, the whole ranking 406 µs). PostgreSQL ranked inside the
    /// record's batch in one round trip until the kept ranges made the server's share of a miss the dearer part
    /// (docs/performance.md, session 15). RelatedClaimsTests checks both engines' order against the ranking computed in
    /// memory, with and without what the cache keeps.
    /// </remarks>
    internal static async Task<List<ClaimRef>> RelatedAsync(
        NewsTreatyDbContext db, RelatedClaimsCache cache, int id, IReadOnlyList<int> eventIds, IReadOnlyList<int> subjectIds, CancellationToken ct)
    {
        var sources = eventIds.Take(Sources).Select(e => (IsEvent: true, Id: e)).Concat(subjectIds.Take(Sources).Select(s => (IsEvent: false, Id: s))).ToList();
        if (sources.Count == 0)
        {
            return [];
        }

        var kept = cache.Now();
        var newest = new int[]?[sources.Count];
        var unread = new List<int>();
        for (var i = 0; i < sources.Count; i++)
        {
            newest[i] = kept?.Newest(sources[i].IsEvent, sources[i].Id);
            if (newest[i] is null)
            {
                unread.Add(i);
            }
        }

        if (unread.Count > 0)
        {
            // One row per range: its source and its claim ids, newest first, as one comma-separated text (a row per id
            // cost a dozen calls into SQLite and its SafeHandles, each, for the ~400 ids of a typical claim).
            var postgres = RecordBatch.IsPostgres(db);
            var arms = string.Join("\nUNION ALL ", unread.Select((s, n) =>
                sources[s].IsEvent ? Arm("claim_events", "EventId", n, postgres) : Arm("claim_subjects", "ActorId", n, postgres)));
            await using var ranges = await RecordBatch.ExecuteAsync(db, arms, unread.Select((s, n) => ("@s" + n, (object)sources[s].Id)), ct);
            while (await ranges.Reader.ReadAsync(ct))
            {
                var at = unread[ranges.Reader.GetInt32(0)];
                var ids = ParseIds(ranges.Reader.TextOrNull(1));
                newest[at] = ids;
                kept?.KeepNewest(sources[at].IsEvent, sources[at].Id, ids);
            }
        }

        var scores = new Dictionary<int, int>(newest.Sum(n => n?.Length ?? 0));
        for (var i = 0; i < sources.Count; i++)
        {
            var weight = sources[i].IsEvent ? 2 : 1;
            var counted = 0;
            foreach (var claim in newest[i] ?? [])
            {
                if (claim == id)
                {
                    continue;
                }

                if (counted++ == Candidates)
                {
                    break;
                }

                scores[claim] = scores.GetValueOrDefault(claim) + weight;
            }
        }

        var best = Best(scores);
        if (best.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<int, ClaimRef>(best.Count);
        foreach (var claim in best)
        {
            if (kept?.Ref(claim) is { } known)
            {
                found[claim] = known;
            }
        }

        if (found.Count < best.Count)
        {
            // One statement text whatever the count (kept prepared): the list padded with its last id, which IN ignores.
            var missing = best.Where(c => !found.ContainsKey(c)).ToList();
            await using var shown = await RecordBatch.ExecuteAsync(
                db, ShownClaims, Enumerable.Range(0, Shown).Select(i => ("@r" + i, (object)missing[Math.Min(i, missing.Count - 1)])), ct);
            foreach (var claim in await shown.ListAsync(ReadRef, ct))
            {
                found[claim.Id] = claim;
                kept?.KeepRef(claim);
            }
        }

        return best.Where(found.ContainsKey).Select(c => found[c]).ToList();
    }

    /// <summary>The ids of a range's comma-separated text (null: a source without claims).</summary>
    private static int[] ParseIds(string? text)
    {
        if (text is null)
        {
            return [];
        }

        var ids = new List<int>(Candidates + 1);
        var span = text.AsSpan();
        foreach (var range in span.Split(','))
        {
            ids.Add(int.Parse(span[range], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture));
        }

        return [.. ids];
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
    /// The <paramref name="n"/>th range read, an event's or subject's newest <see cref="Candidates"/> + 1 claims, as one
    /// row of (n, their ids newest first).
    /// </summary>
    private static string Arm(string table, string column, int n, bool postgres) => $"""
        SELECT {n}, {(postgres ? "string_agg(x.\"ClaimId\"::text" : "group_concat(x.\"ClaimId\"")}, ',' ORDER BY x."FirstSeenUtc" DESC, x."ClaimId" DESC)
        FROM (SELECT "ClaimId", "FirstSeenUtc" FROM "{table}" WHERE "{column}" = @s{n}
            ORDER BY "FirstSeenUtc" DESC, "ClaimId" DESC LIMIT {Candidates + 1}) AS x
        """;
}
