using Microsoft.AspNetCore.Components;

namespace NewsTreaty.Web.Components.Shared;

/// <summary>Base for pages that read the database: the request's cancellation and a 404 for unknown slugs.</summary>
/// <remarks>
/// A page that loads in several awaits sets the field its markup is guarded by only when every load is done.
/// Blazor draws a page once at its first incomplete await; when an earlier load finished at once (a read-cache hit),
/// that draw came mid-load, with a record and no evidence, and child components it drew (such as <c>EditLink</c>)
/// started their own work beside the page's query (on PostgreSQL "a second operation was started on this context", a
/// 500 found by the desk journey in clean-clone CI; the editor check now has its own scope as well).
/// </remarks>
public abstract class ReadingPage : ComponentBase
{
    [CascadingParameter] private HttpContext? Http { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    /// <summary>
    /// No cancellation: a page, once started, renders to the end (bounded by the command timeout). ComponentBase
    /// swallows a cancelled <c>OnInitializedAsync</c> and renders with nothing loaded, which threw a
    /// NullReferenceException for every reader who hung up under load; and an anonymous page's render is shared by
    /// the read cache with every reader waiting for the same page.
    /// </summary>
    protected static CancellationToken Aborted => CancellationToken.None;

    /// <summary>The API's schema.org builder for this request (its @ids are absolute API URLs), for the page's JSON-LD.</summary>
    protected Api.Formats.JsonLd? LinkedData => Http is null ? null : new Api.Formats.JsonLd(Http.Request);

    /// <summary>Renders the not-found page with status 404.</summary>
    protected void NotFound() => Navigation.NotFound();
}
