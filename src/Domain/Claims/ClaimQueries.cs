using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

public sealed partial class ClaimQueries(NewsTreatyDbContext db, WordFrequencies frequencies, RelatedClaimsCache relatedCache)
{
    internal sealed record Row(Claim Claim, Actor? Actor, Outlet? Outlet, int Outlets, int Origins, DateTime FirstSeen);

    /// <summary>Every claim, newest first appearance first: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<ClaimSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new ClaimFilter(), limit, cursor, ct);

    internal static IQueryable<Row> Summaries(IQueryable<Claim> claims) =>
        claims.AsNoTracking().Select(c => new Row(c, c.ClaimantActor, c.ClaimantOutlet, c.OutletCount, c.OriginCount, c.FirstSeenUtc));

    internal static ClaimSummaryView ToSummary(Row r) => new(
        r.Claim.Id, r.Claim.Slug, r.Claim.Text, r.Claim.Kind,
        Map.Claimant(r.Claim, r.Actor, r.Outlet),
        r.Claim.Hedging, r.Claim.Status, new CorroborationView(r.Outlets, r.Origins), Seen(r.FirstSeen), r.Claim.Revision);

    /// <summary>
    /// A summary's columns for a <see cref="RecordBatch"/> statement (<see cref="ReadSummary"/>): the claim aliased c, its
    /// claimant actor a and claimant outlet o, both left joined.
    /// </summary>
    internal const string SummaryColumns = """
        c."Id", c."Slug", c."Text", c."Kind", c."Hedging", c."Status", c."Revision", c."ClaimantInferred", c."ClaimantNote",
        c."OutletCount", c."OriginCount", c."FirstSeenUtc", a."Id", a."Slug", a."Name", a."Kind", o."Id", o."Slug", o."Name"
        """;

    /// <summary>What <see cref="ToSummary"/> makes of the same columns, from a row of <see cref="SummaryColumns"/>.</summary>
    internal static ClaimSummaryView ReadSummary(System.Data.Common.DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetString(2), r.Enum<ClaimKind>(3),
        r.IsDBNull(12)
            ? new ClaimantView("outlet", r.GetInt32(16), r.GetString(17), r.GetString(18), r.GetBoolean(7), r.TextOrNull(8))
            : new ClaimantView("actor", r.GetInt32(12), r.GetString(13), r.GetString(14), r.GetBoolean(7), r.TextOrNull(8), r.Enum<ActorKind>(15)),
        r.Enum<Hedging>(4), r.Enum<ReviewStatus>(5), new CorroborationView(r.GetInt32(9), r.GetInt32(10)), Seen(r.GetDateTime(11)), r.GetInt32(6));

    /// <summary>The stored first-seen date, or null for a claim not yet seen in any article.</summary>
    internal static DateTime? Seen(DateTime firstSeenUtc) => firstSeenUtc == DateTime.MinValue ? null : DateTime.SpecifyKind(firstSeenUtc, DateTimeKind.Utc);

    public async Task<ClaimView?> GetAsync(string key, CancellationToken ct)
    {
        if (await ClaimRecordReader.ReadAsync(db, key, ct) is not { } record)
        {
            return null;
        }

        var (head, subjects, events, quantities, found) = record;
        var appearances = InOriginOrder(found)
            .Select(a => new AppearanceView(a.Id, new ArticleRef(a.ArticleId, a.ArticleSlug, a.Headline, a.Outlet.Name, DateView.Of(a.PublishedOn)),
                a.Outlet, a.Origin, a.Quote, a.Start, a.End, a.Role,
                a.AttributionQuote is { } q && a.AttributionStart is { } s && a.AttributionEnd is { } e ? new AttributionSpan(q, s, e) : null))
            .ToList();
        var corroboration = Corroboration.From(found.Select(a => (a.Outlet.Id, a.Origin.Id, a.Role)));
        var related = await ClaimRecordReader.RelatedAsync(db, relatedCache, head.Id, events.Select(e => e.Id).ToList(), subjects.Select(s => s.Id).ToList(), ct);
        var claimant = head.ActorId is { } actorId
            ? new ClaimantView("actor", actorId, head.ActorSlug!, head.ActorName!, head.ClaimantInferred, head.ClaimantNote, head.ActorKind)
            : new ClaimantView("outlet", head.OutletId!.Value, head.OutletSlug!, head.OutletName!, head.ClaimantInferred, head.ClaimantNote);

        return new ClaimView(
            head.Id, head.Slug, head.Text, head.Kind, claimant,
            subjects.OrderBy(a => a.Name).ToList(),
            events.Select(e => new EventRef(e.Id, e.Slug, e.Title, DateView.Of(e.Date), e.Kind)).OrderBy(e => e.Date.Start).ToList(),
            head.Hedging,
            quantities,
            head.Status, head.StatusNote, appearances,
            new CorroborationView(corroboration.Outlets, corroboration.IndependentOrigins),
            found.Count > 0 ? found.Min(a => a.PublishedUtc) : null,
            related,
            head.Revision, head.UpdatedAt);
    }

    /// <summary>
    /// Appearances grouped by independent origin, the origin that reported first leading; within a group the
    /// origin's own article comes before its syndicated copies and relays even when a copy was dated earlier (the
    /// Straits Times ran the Economist's piece on 18 June, the Economist's print edition is dated 22 June).
    /// </summary>
    private static IEnumerable<ClaimRecordReader.AppearanceRow> InOriginOrder(IEnumerable<ClaimRecordReader.AppearanceRow> appearances) =>
        appearances.GroupBy(a => a.Origin.Id)
            .OrderBy(g => g.Min(a => a.PublishedUtc)).ThenBy(g => g.Key)
            .SelectMany(g => g.OrderBy(a => a.Outlet.Id == g.Key ? 0 : 1).ThenBy(a => a.PublishedUtc).ThenBy(a => a.Id));
}
