using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using MudBlazor.Services;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Web.Desk.Services;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Desk;

/// <summary>The desk's services and its one render-mode boundary: circuits exist only for signed-in editors.</summary>
internal static class DeskHosting
{
    /// <summary>Interactive server rendering, no prerendering: a desk page's first HTML is its shell, filled in by the circuit.</summary>
    public static readonly IComponentRenderMode RenderMode = new InteractiveServerRenderMode(prerender: false);

    public static void AddNewsTreatyDesk(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o =>
        {
            // A disconnected editor's circuit (and its unsaved form) is kept this long for the browser to reconnect.
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(5);
            o.DetailedErrors = builder.Environment.IsDevelopment();
        });
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, EditorAuthenticationState>();
        builder.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddScoped<DeskUser>();
        builder.Services.AddScoped<DeskScript>();
        builder.Services.AddScoped<ShortcutHub>();
        builder.Services.AddScoped<RecordLookup>();
        builder.Services.AddScoped<DeskSaver>();
        builder.Services.AddScoped<RecentChanges>();
        builder.Services.AddScoped<DeskGrids>();
        builder.Services.AddScoped<ReviewQueue>();
        builder.Services.AddScoped<IngestionDesk>();
        builder.Services.AddScoped<ArticleDesk.ArticleDeskService>();
    }

    /// <summary>
    /// The circuit's hub (/_blazor) is reached only by a signed-in editor from this site's own pages: the editor cookie is
    /// not the default scheme, so it is authenticated here, and anyone else (readers, a reader-role account, another
    /// origin) is refused before a circuit is created. Desk pages also get the desk's header policy.
    /// </summary>
    public static void UseNewsTreatyDesk(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/_blazor"), hub => hub.Use(async (context, next) =>
        {
            // A refusal is the answer itself: the HTML status pages would re-execute it as a page request.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            if (context.Request.Headers.Origin is { Count: > 0 } origin && !DeskHeaders.IsSameOrigin(context.Request, origin.ToString()))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            var result = await context.AuthenticateAsync(EditorAuthentication.Scheme);
            if (!result.Succeeded || !result.Principal.IsInRole(ApiRoles.Editor))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            context.User = result.Principal;
            await next(context);
        }));
        app.UseMiddleware<DeskHeaders>();
    }

    /// <summary>
    /// Interactive server rendering is configured for the desk only. Left on every page, it would make each reader page end
    /// with a data-protected comment of state for a circuit to take over (about 1.3 KB of random bytes) that no reader's
    /// page ever uses. A page endpoint without the desk's marker gets its render-mode metadata (an internal Blazor type,
    /// built here from the instance Blazor added) replaced by one listing no interactive modes, exactly as before the desk
    /// existed. StaticPageTests fails if a reader page carries circuit state or script again.
    /// </summary>
    public static void KeepReaderPagesStatic(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<DeskPageAttribute>().Any())
        {
            return;
        }

        for (var i = 0; i < endpoint.Metadata.Count; i++)
        {
            var metadata = endpoint.Metadata[i];
            if (metadata.GetType().Name == "ConfiguredRenderModesMetadata")
            {
                endpoint.Metadata[i] = Activator.CreateInstance(metadata.GetType(), [Array.Empty<IComponentRenderMode>()])!;
            }
        }
    }
}
