using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Editing;

/// <summary>
/// Create, update, delete, restore and history for one kind of record, shared by every resource's route group.
/// Changes to an existing record require If-Match with the ETag of its current GET representation: 428
/// without it, 412 when it is stale.
/// </summary>
/// <param name="route">The resource's path under /api/v1 ("claims").</param>
/// <param name="read">The record's public view by id or slug, or null.</param>
/// <param name="identity">The view's id, slug and revision.</param>
public sealed class RecordWrites<TInput, TRecord, TView>(
    string route, Func<IServiceProvider, string, CancellationToken, Task<TView?>> read, Func<TView, (int Id, string Slug, int Revision)> identity)
    where TInput : class, IRecordInput<TRecord>
    where TRecord : class, IBundleRecord<TRecord>
    where TView : class
{
    public static ResourceKind Kind => TRecord.Resource;

    private static string Name => Kind.ToString().ToLowerInvariant();

    public async Task<Results<Created<TView>, ValidationProblem>> Create(TInput input, HttpContext http, RecordEditor editor, CancellationToken ct)
    {
        if (input.Slug is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["slug"] = ["A new record needs a slug."] },
                title: "The request has invalid fields", type: ProblemTypes.Validation);
        }

        var created = await editor.CreateAsync(input.ToRecord(input.Slug), ApiRoles.Actor(http.User), ct);
        var view = await RespondWithAsync(created.Slug, http, ct);
        return TypedResults.Created($"/api/v1/{route}/{created.Slug}", view);
    }

    public Task<Results<Ok<TView>, ProblemHttpResult>> Update(string key, TInput input, HttpContext http, RecordEditor editor, CancellationToken ct) =>
        ChangeAsync(key, http, (current, actor) =>
            editor.UpdateAsync<TRecord>(current.Id, current.Revision, _ => input.ToRecord(input.Slug ?? current.Slug), actor, ct), ct);

    public async Task<Results<NoContent, ProblemHttpResult>> Delete(string key, HttpContext http, RecordEditor editor, CancellationToken ct)
    {
        var (found, problem) = await CheckPreconditionAsync(key, http, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (id, _, revision) = identity(found!);
        await editor.DeleteAsync<TRecord>(Key(id), revision, ApiRoles.Actor(http.User), ct);
        return TypedResults.NoContent();
    }

    public async Task<Ok<TView>> Restore(string key, HttpContext http, RecordEditor editor, CancellationToken ct)
    {
        var restored = await editor.RestoreAsync<TRecord>(key, ApiRoles.Actor(http.User), ct);
        return TypedResults.Ok(await RespondWithAsync(restored.Slug, http, ct));
    }

    public async Task<Results<Ok<HistoryView>, ProblemHttpResult>> History(string key, RecordHistory history, CancellationToken ct) =>
        await history.GetAsync(Kind, key, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound(Name, key);

    /// <summary>Checks If-Match, then makes the change against the revision the client saw, and answers with the new view and ETag.</summary>
    public async Task<Results<Ok<TView>, ProblemHttpResult>> ChangeAsync(
        string key, HttpContext http, Func<(string Id, string Slug, int Revision), string, Task<RecordKey>> change, CancellationToken ct)
    {
        var (found, problem) = await CheckPreconditionAsync(key, http, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (id, slug, revision) = identity(found!);
        var saved = await change((Key(id), slug, revision), ApiRoles.Actor(http.User));
        return TypedResults.Ok(await RespondWithAsync(saved.Slug, http, ct));
    }

    /// <summary>The current view when If-Match names its ETag; otherwise the 404, 428 or 412 problem to answer with.</summary>
    public async Task<(TView? View, ProblemHttpResult? Problem)> CheckPreconditionAsync(string key, HttpContext http, CancellationToken ct)
    {
        var view = await read(http.RequestServices, key, ct);
        if (view is null)
        {
            return (null, ApiProblems.NotFound(Name, key));
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, type: ProblemTypes.PreconditionRequired,
                title: "If-Match required",
                detail: $"Send 'If-Match' with the ETag from GET /api/v1/{route}/{key}, so a change made by someone else since is never overwritten."));
        }

        return ETag.Matches(ifMatch, ETagOf(view, http))
            ? (view, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, type: ProblemTypes.PreconditionFailed,
                title: "The record has changed",
                detail: $"The {Name} '{key}' has changed since the ETag you sent; nothing was saved. GET it again and re-apply your change."));
    }

    /// <summary>The strong ETag of a view: the hash of exactly the JSON a GET returns for it.</summary>
    public static string ETagOf(TView view, HttpContext http) => ETag.Of(view, http);

    private async Task<TView> RespondWithAsync(string slug, HttpContext http, CancellationToken ct)
    {
        var view = await read(http.RequestServices, slug, ct) ?? throw new InvalidOperationException($"The {Name} '{slug}' vanished after the write.");
        http.Response.Headers.ETag = ETagOf(view, http);
        return view;
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
