using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Api.Formats;

/// <summary>Every claim matching a filter as CSV, read a page at a time and streamed to the client as it is read.</summary>
public sealed class CsvResult(ClaimQueries claims, ClaimFilter filter, bool byteOrderMark) : IResult
{
    private const int PageSize = 500;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "text/csv; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = "inline; filename=\"claims.csv\"";
        await ClaimCsv.WriteAsync(httpContext.Response.Body, Pages(httpContext.RequestAborted), byteOrderMark, httpContext.RequestAborted);
    }

    private async IAsyncEnumerable<ClaimSummaryView> Pages([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? cursor = null;
        do
        {
            var page = await claims.SearchAsync(filter, PageSize, cursor, ct);
            foreach (var claim in page.Items)
            {
                yield return claim;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
