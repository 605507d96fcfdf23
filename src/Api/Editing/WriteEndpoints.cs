using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Actors;
using NewsTreaty.Api.Admin;
using NewsTreaty.Api.Articles;
using NewsTreaty.Api.Claims;
using NewsTreaty.Api.Events;
using NewsTreaty.Api.Import;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Editing;

/// <summary>The authenticated write side of the API: editors change records, admins restore them; history is public.</summary>
public static class WriteEndpoints
{
    public static readonly WritableResource<ClaimView> Claims = new(ResourceKind.Claim, "claims",
        (s, key, ct) => s.GetRequiredService<ClaimQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static readonly WritableResource<EventView> Events = new(ResourceKind.Event, "events",
        (s, key, ct) => s.GetRequiredService<EventQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static readonly WritableResource<ActorView> Actors = new(ResourceKind.Actor, "actors",
        (s, key, ct) => s.GetRequiredService<ActorQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static readonly WritableResource<ArticleView> Articles = new(ResourceKind.Article, "articles",
        (s, key, ct) => s.GetRequiredService<ArticleQueries>().GetAsync(key, ct), v => (v.Id, v.Slug, v.Revision));

    public static IEndpointRouteBuilder MapWriteEndpoints(this IEndpointRouteBuilder api)
    {
        // Create and update are mapped with concrete body types: the route-handler analyzer crashes on generic ones.
        var claims = api.MapRecordWrites<ClaimInput, BundleClaim, ClaimView>(Claims, "Claims", out var claim);
        claims.MapPost("/", (ClaimInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => claim.Create(input, http, editor, ct)).AsCreate<ClaimInput>(Claims);
        claims.MapPut("/{key}", (string key, ClaimInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => claim.Update(key, input, http, editor, ct)).AsUpdate<ClaimInput>(Claims);
        claims.MapClaimReviewEndpoints(claim);

        var events = api.MapRecordWrites<EventInput, BundleEvent, EventView>(Events, "Events", out var @event);
        events.MapPost("/", (EventInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => @event.Create(input, http, editor, ct)).AsCreate<EventInput>(Events);
        events.MapPut("/{key}", (string key, EventInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => @event.Update(key, input, http, editor, ct)).AsUpdate<EventInput>(Events);

        var actors = api.MapRecordWrites<ActorInput, BundleActor, ActorView>(Actors, "Actors", out var actor);
        actors.MapPost("/", (ActorInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => actor.Create(input, http, editor, ct)).AsCreate<ActorInput>(Actors);
        actors.MapPut("/{key}", (string key, ActorInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => actor.Update(key, input, http, editor, ct)).AsUpdate<ActorInput>(Actors);

        var articles = api.MapRecordWrites<ArticleInput, BundleArticle, ArticleView>(Articles, "Articles", out var article);
        articles.MapPost("/", (ArticleInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => article.Create(input, http, editor, ct)).AsCreate<ArticleInput>(Articles);
        articles.MapPut("/{key}", (string key, ArticleInput input, HttpContext http, RecordEditor editor, CancellationToken ct) => article.Update(key, input, http, editor, ct)).AsUpdate<ArticleInput>(Articles);

        api.MapImportEndpoint();
        api.MapKeyEndpoints();
        return api;
    }

    private static RouteGroupBuilder MapRecordWrites<TInput, TRecord, TView>(
        this IEndpointRouteBuilder api, WritableResource<TView> resource, string tag, out RecordWriteHandlers<TInput, TRecord, TView> handlers)
        where TInput : class, IRecordInput<TRecord>
        where TRecord : class, IBundleRecord<TRecord>
        where TView : class
    {
        handlers = new RecordWriteHandlers<TInput, TRecord, TView>(resource);
        var kind = resource.Kind.ToString();
        var group = api.MapGroup("/" + resource.Route).WithTags(tag);
        group.MapDelete("/{key}", handlers.Delete).RequireAuthorization(ApiRoles.Editor)
            .WithName("Delete" + kind).WithSummary($"Delete a {kind.ToLowerInvariant()} (editor; If-Match required; an admin can restore it)");
        group.MapPost("/{key}/restore", handlers.Restore).RequireAuthorization(ApiRoles.Admin)
            .WithName("Restore" + kind).WithSummary($"Restore a deleted {kind.ToLowerInvariant()} from its history (admin)");
        group.MapGet("/{key}/history", handlers.History)
            .WithName(kind + "History").WithSummary("Every recorded change: who, when, and the record before and after");
        return group;
    }

    private static RouteHandlerBuilder AsCreate<TInput>(this RouteHandlerBuilder endpoint, IWritable resource) where TInput : class =>
        endpoint.RequireAuthorization(ApiRoles.Editor).AddEndpointFilter<ValidationFilter<TInput>>()
            .WithName("Create" + resource.Kind).WithSummary($"Create a {resource.Kind.ToString().ToLowerInvariant()} (editor)");

    private static RouteHandlerBuilder AsUpdate<TInput>(this RouteHandlerBuilder endpoint, IWritable resource) where TInput : class =>
        endpoint.RequireAuthorization(ApiRoles.Editor).AddEndpointFilter<ValidationFilter<TInput>>()
            .WithName("Update" + resource.Kind).WithSummary($"Replace a {resource.Kind.ToString().ToLowerInvariant()} (editor; If-Match required)");
}
