using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

public sealed partial class ClaimQueries
{
    /// <summary>The sort keys of one claim; EF computes them in SQL so paging is keyset on (key, id).</summary>
    private sealed class Keyed
    {
        public int Id { get; init; }

        public DateTime FirstSeen { get; init; }

        public int Origins { get; init; }

        public double Rank { get; init; }
    }

    /// <summary>
    /// Claims matching every criterion of <paramref name="filter"/>, one keyset page at a time. The cursor
    /// remembers its sort; each sort breaks ties by id, so no claim is lost or repeated across pages.
    /// </summary>
    public async Task<Page<ClaimSummaryView>> SearchAsync(ClaimFilter filter, int? limit, string? cursor, CancellationToken ct)
    {
        var take = KeyLookup.ClampLimit(limit);
        var terms = string.IsNullOrWhiteSpace(filter.Q) ? null : FullText.Terms(filter.Q);
        var sort = filter.Sort ?? (terms is null ? ClaimSort.Date : ClaimSort.Relevance);
        if (sort == ClaimSort.Relevance && terms is null)
        {
            throw new DomainException(ClaimFilter.RelevanceNeedsQ);
        }

        var tag = sort.ToString().ToLowerInvariant();
        var after = SortedCursor.Decode(cursor, tag);
        List<Keyed> rows;
        if (sort == ClaimSort.Date && filter.Actor is not null && filter == new ClaimFilter(Actor: filter.Actor, Sort: filter.Sort)
            && await Resolve.ActorsAsync(db, filter.Actor, ct) is { Count: <= MergedActors } actorIds)
        {
            return await PageAsync(await NewestByActorAsync(actorIds, after, take + 1, ct), take, sort, tag, ct);
        }

        if (sort == ClaimSort.Date && filter.Event is not null && filter == new ClaimFilter(Event: filter.Event, Sort: filter.Sort))
        {
            return await PageAsync(await NewestKeysForEventAsync(await Resolve.EventAsync(db, filter.Event, ct), after, take + 1, ct), take, sort, tag, ct);
        }

        if (sort == ClaimSort.Date && terms is not null && FromIndexAlone(filter) && !db.Database.IsNpgsql())
        {
            return await PageAsync(await NewestMatchesAsync(filter, terms, after, take + 1, ct), take, sort, tag, ct);
        }

        var claims = await FilterAsync(filter, ct);
        var inMemory = false;
        if (terms is not null && sort != ClaimSort.Relevance)
        {
            // Other sorts only need to know which claims match, not how well: no rank is computed.
            if (await FewMatchesAsync(terms, ct) is { } few)
            {
                // A rare word on PostgreSQL: its few matches, filtered, sorted here. Left to itself the planner walks
                // the date index even for a word in 874 of a million claims (its cost model takes matches to be
                // spread evenly in time), reading 80,000 rows for a page.
                claims = claims.Where(c => few.Contains(c.Id));
                inMemory = true;
            }
            else
            {
                // The "+ 0" keeps SQLite from driving the query from the match list, so it walks the (FirstSeenUtc,
                // Id) or (OriginCount, Id) index in page order and stops at the page instead of sorting every match.
                // (Newest first with at most kind and status took NewestMatchesAsync above.)
                var matching = FullText.ClaimIds(db, terms);
                claims = db.Database.IsNpgsql() ? claims.Where(c => matching.Contains(c.Id)) : claims.Where(c => matching.Contains(c.Id + 0));
            }
        }

        var keyed = Keys(claims, sort == ClaimSort.Relevance ? terms : null);
        if (inMemory)
        {
            keyed = (await keyed.ToListAsync(ct)).AsQueryable();
        }

        switch (sort)
        {
            case ClaimSort.Relevance when FromIndexAlone(filter):
                rows = await RankedPageAsync(filter, terms!, after, take, ct);
                break;
            case ClaimSort.Relevance:
                if (after is var (rank, rankId))
                {
                    var r = SortedCursor.Double(rank);
                    keyed = keyed.Where(k => k.Rank < r || (k.Rank == r && k.Id > rankId));
                }

                rows = await ListAsync(keyed.OrderByDescending(k => k.Rank).ThenBy(k => k.Id).Take(take + 1), ct);
                break;
            case ClaimSort.Corroboration:
                if (after is var (origins, originsId))
                {
                    var o = int.Parse(origins, NumberStyles.None, CultureInfo.InvariantCulture);
                    keyed = keyed.Where(k => k.Origins < o || (k.Origins == o && k.Id > originsId));
                }

                rows = await ListAsync(keyed.OrderByDescending(k => k.Origins).ThenBy(k => k.Id).Take(take + 1), ct);
                break;
            default:
                if (after is var (ticks, dateId))
                {
                    var t = new DateTime(SortedCursor.Long(ticks), DateTimeKind.Utc);
                    keyed = keyed.Where(k => k.FirstSeen < t || (k.FirstSeen == t && k.Id < dateId));
                }

                rows = await ListAsync(keyed.OrderByDescending(k => k.FirstSeen).ThenByDescending(k => k.Id).Take(take + 1), ct);
                break;
        }

        return await PageAsync(rows, take, sort, tag, ct);
    }

    /// <summary>At most this many matches are sorted in memory; past it, the database walks its sort index.</summary>
    private const int FewMatches = 5_000;

    /// <summary>
    /// On PostgreSQL, the ids of the claims holding every term when the server's statistics say they are few (at most
    /// <see cref="FewMatches"/>, checked by reading at most one more); otherwise null, and the database pages.
    /// </summary>
    private async Task<List<int>?> FewMatchesAsync(IReadOnlyList<string> terms, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || await frequencies.ClaimsWithAllAsync(db, terms, ct) is not <= FewMatches)
        {
            return null;
        }

        var ids = await FullText.ClaimIds(db, terms).OrderBy(id => id).Take(FewMatches + 1).ToListAsync(ct);
        return ids.Count <= FewMatches ? ids : null;
    }

    private static Task<List<T>> ListAsync<T>(IQueryable<T> query, CancellationToken ct) =>
        query is IAsyncEnumerable<T> ? query.ToListAsync(ct) : Task.FromResult(query.ToList());

    private async Task<Page<ClaimSummaryView>> PageAsync(List<Keyed> rows, int take, ClaimSort sort, string tag, CancellationToken ct)
    {
        var ids = rows.Take(take).Select(k => k.Id).ToList();
        var next = rows.Count <= take ? null : rows[take - 1] switch
        {
            var last when sort == ClaimSort.Relevance => SortedCursor.Encode(tag, SortedCursor.Key(last.Rank), last.Id),
            var last when sort == ClaimSort.Corroboration => SortedCursor.Encode(tag, last.Origins, last.Id),
            var last => SortedCursor.Encode(tag, last.FirstSeen.Ticks, last.Id),
        };
        return new Page<ClaimSummaryView>(await ClaimSummaries.ReadAsync(db, ids, ct), next);
    }

    /// <summary>Actor filters with more ids than this (an ambiguous alias) take the general path.</summary>
    private const int MergedActors = 4;

    /// <summary>
    /// The commonest question, "claims by or about this actor, newest first", straight from the two
    /// (actor, first seen, claim) indexes: for each actor id, the next <paramref name="take"/> claims it made
    /// and the next it is a subject of, each an index range read that stops at the limit, merged here. A
    /// head actor in a quarter of a million claims costs what a tail actor does. A claim the actor both
    /// made and is a subject of comes from both ranges and is kept once.
    /// </summary>
    private async Task<List<Keyed>> NewestByActorAsync(List<int> actorIds, (string Key, int Id)? after, int take, CancellationToken ct)
    {
        var found = new List<Keyed>();
        foreach (var actorId in actorIds)
        {
            await using var batch = await NewestRanges.ByActor.ExecuteAsync(db, actorId, after, take, ct);
            found.AddRange(await batch.ListAsync(NewestRanges.Read, ct));
            found.AddRange(await batch.ListAsync(NewestRanges.Read, ct));
        }

        return found.DistinctBy(k => k.Id).OrderByDescending(k => k.FirstSeen).ThenByDescending(k => k.Id).Take(take).ToList();
    }

    /// <summary>An event's claims newest first: one range of the (event, first seen, claim) index.</summary>
    private async Task<List<Keyed>> NewestKeysForEventAsync(int eventId, (string Key, int Id)? after, int take, CancellationToken ct)
    {
        await using var batch = await NewestRanges.ByEvent.ExecuteAsync(db, eventId, after, take, ct);
        return await batch.ListAsync(NewestRanges.Read, ct);
    }

    /// <summary>
    /// The next claims of (owner, first seen, claim) index ranges after the date cursor, newest first, as prepared
    /// statements (a <see cref="RecordBatch"/>): an actor's or an event's page was three EF queries, whose expression
    /// handling and cache lookups cost more than the index reads themselves.
    /// </summary>
    private sealed class NewestRanges
    {
        public static readonly NewestRanges ByActor = new(("claims", "ClaimantActorId", "Id"), ("claim_subjects", "ActorId", "ClaimId"));

        public static readonly NewestRanges ByEvent = new(("claim_events", "EventId", "ClaimId"));

        private readonly string first;
        private readonly string after;

        private NewestRanges(params (string Table, string Owner, string Claim)[] ranges)
        {
            first = string.Join(";\n", ranges.Select(r => Range(r, cursor: false)));
            after = string.Join(";\n", ranges.Select(r => Range(r, cursor: true)));
        }

        private static string Range((string Table, string Owner, string Claim) r, bool cursor) =>
            $"""
            SELECT x."{r.Claim}", x."FirstSeenUtc" FROM "{r.Table}" AS x
            WHERE x."{r.Owner}" = @owner{(cursor ? $" AND (x.\"FirstSeenUtc\" < @before OR (x.\"FirstSeenUtc\" = @before AND x.\"{r.Claim}\" < @after))" : "")}
            ORDER BY x."FirstSeenUtc" DESC, x."{r.Claim}" DESC LIMIT @take
            """;

        /// <summary>One result set a range, in the order the ranges were given.</summary>
        public Task<RecordBatch> ExecuteAsync(NewsTreatyDbContext db, int owner, (string Key, int Id)? cursor, int take, CancellationToken ct) =>
            cursor is var (ticks, id)
                ? RecordBatch.ExecuteAsync(db, after, [("@owner", owner), ("@before", new DateTime(SortedCursor.Long(ticks), DateTimeKind.Utc)), ("@after", id), ("@take", take)], ct)
                : RecordBatch.ExecuteAsync(db, first, [("@owner", owner), ("@take", take)], ct);

        public static Keyed Read(System.Data.Common.DbDataReader r) => new() { Id = r.GetInt32(0), FirstSeen = r.GetDateTime(1) };
    }

    private IQueryable<Keyed> Keys(IQueryable<Claim> claims, IReadOnlyList<string>? terms)
    {
        if (terms is null)
        {
            return claims.Select(c => new Keyed
            {
                Id = c.Id,
                FirstSeen = c.FirstSeenUtc,
                Origins = c.OriginCount,
                Rank = 0,
            });
        }

        return claims.Join(FullText.Claims(db, terms), c => c.Id, h => h.Id, (c, h) => new Keyed
        {
            Id = c.Id,
            FirstSeen = c.FirstSeenUtc,
            Origins = c.OriginCount,
            Rank = h.Rank,
        });
    }

    private async Task<IQueryable<Claim>> FilterAsync(ClaimFilter f, CancellationToken ct)
    {
        var claims = db.Claims.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            var ids = await Resolve.ActorsAsync(db, f.Actor, ct);
            claims = claims.Where(c => (c.ClaimantActorId != null && ids.Contains(c.ClaimantActorId.Value)) || c.Subjects.Any(s => ids.Contains(s.ActorId)));
        }

        if (!string.IsNullOrWhiteSpace(f.Claimant))
        {
            // A claimant is an actor or, for an outlet speaking in its own voice, an outlet.
            var actorIds = await Resolve.ActorsAsync(db, f.Claimant, ct, required: false);
            var outletId = actorIds.Count == 0 ? await Resolve.OutletAsync(db, f.Claimant, ct, required: false) : null;
            if (actorIds.Count == 0 && outletId is null)
            {
                throw new NotFoundException("actor or outlet", f.Claimant);
            }

            claims = outletId is { } byOutlet
                ? claims.Where(c => c.ClaimantOutletId == byOutlet)
                : claims.Where(c => c.ClaimantActorId != null && actorIds.Contains(c.ClaimantActorId.Value));
        }

        if (!string.IsNullOrWhiteSpace(f.Event))
        {
            var eventId = await Resolve.EventAsync(db, f.Event, ct);
            claims = claims.Where(c => c.Events.Any(e => e.EventId == eventId));
        }

        if (!string.IsNullOrWhiteSpace(f.Article))
        {
            var articleId = await Resolve.ArticleAsync(db, f.Article, ct);
            claims = claims.Where(c => c.Appearances.Any(a => a.ArticleId == articleId));
        }

        if (!string.IsNullOrWhiteSpace(f.Outlet))
        {
            var outletId = await Resolve.OutletAsync(db, f.Outlet, ct);
            claims = claims.Where(c => c.Appearances.Any(a => a.Article.OutletId == outletId));
        }

        if (f.Kind is { } kind)
        {
            claims = claims.Where(c => c.Kind == kind);
        }

        if (f.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (f.From is { } from)
        {
            var start = Resolve.StartUtc(from);
            claims = claims.Where(c => c.FirstSeenUtc >= start);
        }

        if (f.To is { } to)
        {
            var end = Resolve.EndUtcExclusive(to);
            claims = claims.Where(c => c.FirstSeenUtc < end && c.FirstSeenUtc != DateTime.MinValue);
        }

        if (f.MinSources is { } min)
        {
            claims = min < 0 ? throw new DomainException("minSources must be 0 or more.")
                : claims.Where(c => c.OriginCount >= min);
        }

        return claims;
    }
}
