using Microsoft.AspNetCore.WebUtilities;

namespace NewsTreaty.Web.Components.Pages.Timeline;

/// <summary>The timeline's state as it appears in the URL, so every view, filter and selection can be shared.</summary>
public sealed record TimelineQuery(string? Actor, string? Kind, bool ListOnly, string? Event)
{
    public string Href(string? selected = null, bool? listOnly = null, bool keepFilters = true)
    {
        var query = new Dictionary<string, string?>();
        if (keepFilters && Actor is not null)
        {
            query["actor"] = Actor;
        }

        if (keepFilters && Kind is not null)
        {
            query["kind"] = Kind;
        }

        if (listOnly ?? ListOnly)
        {
            query["view"] = "list";
        }

        if (selected is not null)
        {
            query["event"] = selected;
        }

        var href = QueryHelpers.AddQueryString("/", query);
        return selected is null ? href : href + "#detail";
    }
}
