namespace NewsTreaty.Web.Desk;

/// <summary>
/// Marks the editors' desk pages: the only pages rendered interactively (a Blazor Server circuit). Every other page
/// stays static server rendering and never loads blazor.web.js; see docs/decisions/0003-static-ssr.md.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class DeskPageAttribute : Attribute
{
    public static bool IsDesk(HttpContext? http) => http?.GetEndpoint()?.Metadata.GetMetadata<DeskPageAttribute>() is not null;
}
