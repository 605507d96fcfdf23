using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Api.Admin;

public sealed record KeyInput
{
    [Required, MaxLength(Limits.Name)]
    public string? Name { get; init; }

    [Required, OneOf<ApiRole>]
    public string? Role { get; init; }
}

/// <summary>The secret is in this response only; it is stored as a hash and cannot be shown again.</summary>
public sealed record CreatedKey(string Key, ApiKeyInfo Info);

internal static class KeyEndpoints
{
    public static void MapKeyEndpoints(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/admin/keys").WithTags("Admin").RequireAuthorization(ApiRoles.Admin);
        keys.MapGet("/", ListKeys).WithName(nameof(ListKeys)).WithSummary("List API keys by prefix, name and role (admin)");
        keys.MapPost("/", CreateKey)
            .WithName(nameof(CreateKey)).WithSummary("Create an API key; the response shows the secret once (admin)");
        keys.MapDelete("/{prefix}", RevokeKey).WithName(nameof(RevokeKey)).WithSummary("Revoke an API key by its prefix (admin)");
    }

    public static async Task<Ok<IReadOnlyList<ApiKeyInfo>>> ListKeys(ApiKeyStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAsync(ct));

    public static async Task<Created<CreatedKey>> CreateKey(KeyInput input, ApiKeyStore store, CancellationToken ct)
    {
        var (info, secret) = await store.CreateAsync(input.Name!, OneOfAttribute<ApiRole>.Parse(input.Role!), ct);
        return TypedResults.Created($"/api/v1/admin/keys/{info.Prefix}", new CreatedKey(secret, info));
    }

    public static async Task<Ok<ApiKeyInfo>> RevokeKey(string prefix, ApiKeyStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.RevokeAsync(prefix, ct));
}
