using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// A page of results, the absolute link to the next page and the same next page's cursor on its own, for a client
/// that builds its own requests (both null on the last page).
/// </summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, string? Next, string? NextCursor)
{
    public static ListResponse<T> From(Page<T> page, HttpRequest request)
    {
        if (page.NextCursor is null)
        {
            return new ListResponse<T>(page.Items, null, null);
        }

        var query = new QueryBuilder(request.Query.Where(q => q.Key != "cursor").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))))
        {
            { "cursor", page.NextCursor },
        };
        return new ListResponse<T>(page.Items, UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString()), page.NextCursor);
    }
}
