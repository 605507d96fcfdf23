using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The compiled queries behind one claim's record (<see cref="ClaimQueries.GetAsync"/>): the claim with its claimant,
/// then one projection per collection (subjects, events, quantities, and appearances joined with their article,
/// outlet and origin outlet). Each reads only the columns the view shows, so a cache miss costs five short
/// statements and no entity graph (an article's whole text is never loaded to name it).
/// </summary>
/// <remarks>
/// A compiled query belongs to the model it was first run with, and each provider has its own model (a process
/// may hold both, as the test suites do), so there is one set per model.
/// </remarks>
internal sealed class ClaimRecordQueries
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, ClaimRecordQueries> PerModel = [];

    public static ClaimRecordQueries For(NewsTreatyDbContext db) => PerModel.GetValue(db.Model, _ => new ClaimRecordQueries());

    internal sealed record Head(
        Claim Claim, int? ActorId, string? ActorSlug, string? ActorName, ActorKind? ActorKind, int? OutletId, string? OutletSlug, string? OutletName);

    internal sealed record EventRow(int Id, string Slug, string Title, PartialDate Date, EventKind Kind);

    internal sealed record AppearanceRow(
        int Id, string Quote, int Start, int End, AppearanceRole Role, string? AttributionQuote, int? AttributionStart, int? AttributionEnd,
        int ArticleId, string ArticleSlug, string Headline, PartialDate PublishedOn, DateTime PublishedUtc,
        Outlet Outlet, Outlet Origin);

    public readonly Func<NewsTreatyDbContext, int, Task<Head?>> ById =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Claims.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new Head(
                c, c.ClaimantActorId, c.ClaimantActor!.Slug, c.ClaimantActor.Name, (ActorKind?)c.ClaimantActor.Kind,
                c.ClaimantOutletId, c.ClaimantOutlet!.Slug, c.ClaimantOutlet.Name)).FirstOrDefault());

    public readonly Func<NewsTreatyDbContext, string, Task<Head?>> BySlug =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, string slug) => db.Claims.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new Head(
                c, c.ClaimantActorId, c.ClaimantActor!.Slug, c.ClaimantActor.Name, (ActorKind?)c.ClaimantActor.Kind,
                c.ClaimantOutletId, c.ClaimantOutlet!.Slug, c.ClaimantOutlet.Name)).FirstOrDefault());

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<ActorRef>> Subjects =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Set<ClaimSubject>().AsNoTracking().Where(s => s.ClaimId == id).OrderBy(s => s.ActorId)
            .Select(s => new ActorRef(s.Actor.Id, s.Actor.Slug, s.Actor.Name, s.Actor.Kind)));

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<EventRow>> Events =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) => db.Set<ClaimEvent>().AsNoTracking().Where(e => e.ClaimId == id).OrderBy(e => e.EventId)
            .Select(e => new EventRow(e.Event.Id, e.Event.Slug, e.Event.Title, e.Event.Date, e.Event.Kind)));

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<ClaimQuantity>> Quantities =
        EF.CompileAsyncQuery<NewsTreatyDbContext, int, ClaimQuantity>((db, id) => db.Set<ClaimQuantity>().AsNoTracking().Where(q => q.ClaimId == id).OrderBy(q => q.Id));

    public readonly Func<NewsTreatyDbContext, int, IAsyncEnumerable<AppearanceRow>> Appearances =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int id) =>
            from a in db.Appearances.AsNoTracking()
            where a.ClaimId == id
            join origin in db.Outlets.AsNoTracking() on a.Article.OriginOutletId ?? a.Article.OutletId equals origin.Id
            select new AppearanceRow(a.Id, a.Quote, a.Start, a.End, a.Role, a.AttributionQuote, a.AttributionStart, a.AttributionEnd,
                a.Article.Id, a.Article.Slug, a.Article.Headline, a.Article.PublishedOn, a.Article.PublishedUtc, a.Article.Outlet, origin));

    /// <summary>The newest claims of one event or about one actor, but not <c>claim</c> itself: related-claim candidates.</summary>
    public readonly Func<NewsTreatyDbContext, int, int, int, IAsyncEnumerable<int>> EventNeighbours =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int eventId, int claim, int take) => db.Set<ClaimEvent>().AsNoTracking()
            .Where(e => e.EventId == eventId && e.ClaimId != claim)
            .OrderByDescending(e => e.FirstSeenUtc).ThenByDescending(e => e.ClaimId).Select(e => e.ClaimId).Take(take));

    public readonly Func<NewsTreatyDbContext, int, int, int, IAsyncEnumerable<int>> SubjectNeighbours =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, int actorId, int claim, int take) => db.Set<ClaimSubject>().AsNoTracking()
            .Where(s => s.ActorId == actorId && s.ClaimId != claim)
            .OrderByDescending(s => s.FirstSeenUtc).ThenByDescending(s => s.ClaimId).Select(s => s.ClaimId).Take(take));

    public readonly Func<NewsTreatyDbContext, List<int>, IAsyncEnumerable<ClaimRef>> Refs =
        EF.CompileAsyncQuery((NewsTreatyDbContext db, List<int> ids) => db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ClaimRef(c.Id, c.Slug, c.Text, c.Kind, c.Status)));

    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }
}
