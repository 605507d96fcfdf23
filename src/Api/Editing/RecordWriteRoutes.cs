using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Api.Editing;

/// <summary>
/// The write routes every editable resource shares, mapped onto that resource's own group: editors change
/// records, admins restore them, history is public. Create and update take a concrete body type, so each
/// resource maps those itself (the route-handler analyzer and the validation generator need the type).
/// </summary>
internal static class RecordWriteRoutes
{
    /// <summary>DELETE /{key}, POST /{key}/restore and GET /{key}/history.</summary>
    public static RouteGroupBuilder MapRecordLifecycle<TInput, TRecord, TView>(this RouteGroupBuilder group, RecordWrites<TInput, TRecord, TView> writes)
        where TInput : class, IRecordInput<TRecord>
        where TRecord : class, IBundleRecord<TRecord>
        where TView : class
    {
        var kind = TRecord.Resource.ToString();
        group.MapDelete("/{key}", writes.Delete).RequireAuthorization(ApiRoles.Editor)
            .WithName("Delete" + kind).WithSummary($"Delete a {kind.ToLowerInvariant()} (editor; If-Match required; an admin can restore it)");
        group.MapPost("/{key}/restore", writes.Restore).RequireAuthorization(ApiRoles.Admin)
            .WithName("Restore" + kind).WithSummary($"Restore a deleted {kind.ToLowerInvariant()} from its history (admin)");
        group.MapGet("/{key}/history", writes.History)
            .WithName(kind + "History").WithSummary("Every recorded change: who, when, and the record before and after");
        return group;
    }

    public static RouteHandlerBuilder AsCreate(this RouteHandlerBuilder endpoint, ResourceKind kind) =>
        endpoint.RequireAuthorization(ApiRoles.Editor)
            .WithName("Create" + kind).WithSummary($"Create a {kind.ToString().ToLowerInvariant()} (editor)");

    public static RouteHandlerBuilder AsUpdate(this RouteHandlerBuilder endpoint, ResourceKind kind) =>
        endpoint.RequireAuthorization(ApiRoles.Editor)
            .WithName("Update" + kind).WithSummary($"Replace a {kind.ToString().ToLowerInvariant()} (editor; If-Match required)");
}
