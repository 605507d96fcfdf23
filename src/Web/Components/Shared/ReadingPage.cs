using Microsoft.AspNetCore.Components;

namespace NewsTreaty.Web.Components.Shared;

/// <summary>Base for pages that read the database: the request's cancellation and a 404 for unknown slugs.</summary>
public abstract class ReadingPage : ComponentBase
{
    [CascadingParameter] private HttpContext? Http { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected CancellationToken Aborted => Http?.RequestAborted ?? CancellationToken.None;

    /// <summary>The API's schema.org builder for this request (its @ids are absolute API URLs), for the page's JSON-LD.</summary>
    protected Api.Formats.JsonLd? LinkedData => Http is null ? null : new Api.Formats.JsonLd(Http.Request);

    /// <summary>Renders the not-found page with status 404.</summary>
    protected void NotFound() => Navigation.NotFound();
}
