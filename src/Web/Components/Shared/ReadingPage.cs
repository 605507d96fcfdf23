using Microsoft.AspNetCore.Components;

namespace NewsTreaty.Web.Components.Shared;

/// <summary>Base for pages that read the database: the request's cancellation and a 404 for unknown slugs.</summary>
public abstract class ReadingPage : ComponentBase
{
    [CascadingParameter] private HttpContext? Http { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected CancellationToken Aborted => Http?.RequestAborted ?? CancellationToken.None;

    /// <summary>Renders the not-found page with status 404.</summary>
    protected void NotFound() => Navigation.NotFound();
}
