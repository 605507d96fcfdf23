using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Web.Desk.Services;

public sealed record ClaimRow
{
    public string Slug { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Claimant { get; init; }
    public ReviewStatus Status { get; init; }
    public int Quotations { get; init; }
    public DateTime UpdatedAt { get; init; }
}

public sealed record EventRow
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public string Kind { get; init; } = "";
    public int Importance { get; init; }
    public DateTime UpdatedAt { get; init; }
}

public sealed record ActorRow
{
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public int Aliases { get; init; }
    public DateTime UpdatedAt { get; init; }
}

public sealed record ArticleRow
{
    public string Slug { get; init; } = "";
    public string Headline { get; init; } = "";
    public string Outlet { get; init; } = "";
    public DateTime Published { get; init; }
    public bool HasText { get; init; }
    public int Quotations { get; init; }
    public DateTime UpdatedAt { get; init; }
}

public sealed record OutletRow
{
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string Country { get; init; } = "";
    public string Kind { get; init; } = "";
    public bool StateAffiliated { get; init; }
    public int Articles { get; init; }
    public DateTime UpdatedAt { get; init; }
}

/// <summary>A record that refers to an outlet, for the outlet form's relations list.</summary>
public sealed record OutletRelation(string Kind, string Label, string Href);

/// <summary>
/// The record lists' server data: a search over names and text, the grid's sort and one page, counted in the database.
/// Each call has its own DbContext.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "EF translates ToLower() to SQL lower(); string.Contains with a StringComparison has no SQL translation.")]
internal sealed class DeskGrids(IServiceScopeFactory scopes)
{
    public Task<GridData<ClaimRow>> ClaimsAsync(string? search, ReviewStatus? status, GridState<ClaimRow> state, CancellationToken ct) =>
        PageAsync(db =>
        {
            var q = Lower(search);
            return db.Claims.AsNoTracking()
                .Where(c => q == "" || c.Text.ToLower().Contains(q) || c.Slug.Contains(q))
                .Where(c => status == null || c.Status == status)
                .Select(c => new ClaimRow { Slug = c.Slug, Text = c.Text, Claimant = c.ClaimantActor != null ? c.ClaimantActor.Name : c.ClaimantOutlet != null ? c.ClaimantOutlet.Name : null, Status = c.Status, Quotations = c.Appearances.Count, UpdatedAt = c.UpdatedAt });
        }, state, r => r.UpdatedAt, ct);

    public Task<GridData<EventRow>> EventsAsync(string? search, GridState<EventRow> state, CancellationToken ct) =>
        PageAsync(db =>
        {
            var q = Lower(search);
            return db.Events.AsNoTracking()
                .Where(e => q == "" || e.Title.ToLower().Contains(q) || e.Slug.Contains(q) || (e.Place != null && e.Place.ToLower().Contains(q)))
                .Select(e => new EventRow { Slug = e.Slug, Title = e.Title, StartsOn = e.StartsOn, Kind = e.Kind.ToString(), Importance = e.Importance, UpdatedAt = e.UpdatedAt });
        }, state, r => r.StartsOn, ct);

    public Task<GridData<ActorRow>> ActorsAsync(string? search, GridState<ActorRow> state, CancellationToken ct) =>
        PageAsync(db =>
        {
            var q = Lower(search);
            return db.Actors.AsNoTracking()
                .Where(a => q == "" || a.Name.ToLower().Contains(q) || a.Slug.Contains(q) || a.Aliases.Any(x => x.Name.ToLower().Contains(q)))
                .Select(a => new ActorRow { Slug = a.Slug, Name = a.Name, Kind = a.Kind.ToString(), Aliases = a.Aliases.Count, UpdatedAt = a.UpdatedAt });
        }, state, r => r.Name, ct);

    public Task<GridData<ArticleRow>> ArticlesAsync(string? search, GridState<ArticleRow> state, CancellationToken ct) =>
        PageAsync(db =>
        {
            var q = Lower(search);
            return db.Articles.AsNoTracking()
                .Where(a => q == "" || a.Headline.ToLower().Contains(q) || a.Slug.Contains(q) || a.Outlet.Name.ToLower().Contains(q))
                .Select(a => new ArticleRow { Slug = a.Slug, Headline = a.Headline, Outlet = a.Outlet.Name, Published = a.PublishedUtc, HasText = a.Text != null, Quotations = db.Appearances.Count(x => x.ArticleId == a.Id), UpdatedAt = a.UpdatedAt });
        }, state, r => r.Published, ct);

    /// <summary>What refers to the outlet: its articles, articles that copy or relay it, and claims in its own voice.</summary>
    public async Task<IReadOnlyList<OutletRelation>> OutletRelationsAsync(string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var published = await db.Articles.AsNoTracking().Where(a => a.Outlet.Slug == slug).OrderByDescending(a => a.PublishedUtc)
            .Select(a => new OutletRelation("Published", a.Headline, "/editor/articles/" + a.Slug + "/desk")).Take(50).ToListAsync(ct);
        var relaying = await db.Articles.AsNoTracking().Where(a => a.Relations.Any(r => r.TargetOutlet != null && r.TargetOutlet.Slug == slug))
            .Select(a => new OutletRelation("Copies or relays it", a.Headline, "/editor/articles/" + a.Slug + "/desk")).Take(50).ToListAsync(ct);
        var voiced = await db.Claims.AsNoTracking().Where(c => c.ClaimantOutlet != null && c.ClaimantOutlet.Slug == slug)
            .Select(c => new OutletRelation("Claims in its own voice", c.Text, "/editor/claims/" + c.Slug + "/edit")).Take(50).ToListAsync(ct);
        return [.. published, .. relaying, .. voiced];
    }

    public Task<GridData<OutletRow>> OutletsAsync(string? search, GridState<OutletRow> state, CancellationToken ct) =>
        PageAsync(db =>
        {
            var q = Lower(search);
            return db.Outlets.AsNoTracking()
                .Where(o => q == "" || o.Name.ToLower().Contains(q) || o.Slug.Contains(q))
                .Select(o => new OutletRow { Slug = o.Slug, Name = o.Name, Country = o.Country, Kind = o.Kind.ToString(), StateAffiliated = o.StateAffiliated, Articles = db.Articles.Count(a => a.OutletId == o.Id), UpdatedAt = o.UpdatedAt });
        }, state, r => r.Name, ct);

    private static string Lower(string? search) => (search ?? "").Trim().ToLowerInvariant();

    private async Task<GridData<TRow>> PageAsync<TRow, TKey>(Func<NewsTreatyDbContext, IQueryable<TRow>> rows, GridState<TRow> state,
        Expression<Func<TRow, TKey>> defaultOrder, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var query = rows(db);
        var total = await query.CountAsync(ct);
        var sort = state.SortDefinitions.FirstOrDefault();
        var ordered = sort is null
            ? Queryable.OrderByDescending(query, defaultOrder)
            : OrderBy(query, sort.SortBy, sort.Descending);
        var items = await ordered.Skip(state.Page * state.PageSize).Take(state.PageSize).ToListAsync(ct);
        return new GridData<TRow> { Items = items, TotalItems = total };
    }

    /// <summary>Orders by the row property the grid's column names; the rows are projections, so EF translates the member.</summary>
    private static IOrderedQueryable<TRow> OrderBy<TRow>(IQueryable<TRow> query, string property, bool descending)
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        var member = typeof(TRow).GetProperty(property) ?? typeof(TRow).GetProperties()[0];
        var key = Expression.Lambda(Expression.Property(row, member), row);
        var method = descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        var call = Expression.Call(typeof(Queryable), method, [typeof(TRow), member.PropertyType], query.Expression, Expression.Quote(key));
        return (IOrderedQueryable<TRow>)query.Provider.CreateQuery<TRow>(call);
    }
}
