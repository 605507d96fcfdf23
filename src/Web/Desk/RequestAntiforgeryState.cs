using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;

namespace NewsTreaty.Web.Desk;

/// <summary>
/// Antiforgery tokens for the static forms (sign-in, sign-out) straight from the request. Blazor's own provider also
/// persists its token into every page for interactive components to pick up, which would add a data-protected blob to
/// each reader page; the desk's interactive components post no forms, so nothing needs carrying over.
/// </summary>
internal sealed class RequestAntiforgeryState(IHttpContextAccessor http, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    private AntiforgeryRequestToken? _token;

    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        if (_token is not null || http.HttpContext is not { } context || context.Request.Path.StartsWithSegments("/_blazor"))
        {
            return _token;
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return _token = tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
