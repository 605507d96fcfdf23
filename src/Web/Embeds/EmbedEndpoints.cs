using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Timeline;
using NewsTreaty.Web.Components.Widgets;

namespace NewsTreaty.Web.Embeds;

/// <summary>The widgets under /embed: each one a whole server-rendered document, rendered from the read services.</summary>
internal static class EmbedEndpoints
{
    public static void MapEmbeds(this IEndpointRouteBuilder routes)
    {
        var embed = routes.MapGroup("/embed").ExcludeFromDescription();
        // HEAD (CDNs and link checkers probe widgets before fetching them) runs as GET in HeadAsGet, for every GET here.
        embed.MapGet("/timeline", Timeline);
        embed.MapGet("/events/{slug}", (string slug, HttpRequest request, WidgetData data, CancellationToken ct) =>
            data.EventAsync(slug, request, (e, o) => new RazorComponentResult<EventCard>(new { Event = e, Options = o }), ct));
        embed.MapGet("/coverage/{slug}", (string slug, HttpRequest request, WidgetData data, CancellationToken ct) =>
            data.EventAsync(slug, request, (e, o) => new RazorComponentResult<CoverageStrip>(new { Event = e, Options = o }), ct));
        embed.MapGet("/claims/{slug}", (string slug, HttpRequest request, WidgetData data, CancellationToken ct) =>
            data.ClaimAsync(slug, request, ct));
        embed.MapGet("/actors/{slug}", (string slug, HttpRequest request, WidgetData data, CancellationToken ct) =>
            data.ActorAsync(slug, request, ct));
        embed.MapGet("/accent.css", Accent);
        routes.MapGet("/oembed", OEmbed.Handle).WithTags("Embeds").WithName("OEmbed")
            .WithSummary("oEmbed 1.0 (JSON, rich type) for NewsTreaty page and widget URLs")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status501NotImplemented);
    }

    public static async Task<RazorComponentResult> Timeline(
        HttpRequest request, TimelineQueries timelines, ActorQueries actors, CancellationToken ct, string? from = null, string? to = null, string? actor = null)
    {
        var options = EmbedOptions.From(request.Query);
        if (options.Revision is not null)
        {
            return WidgetData.Message(options, StatusCodes.Status404NotFound, "This version is not available",
                "A timeline shows the current record of every event; pin single events, claims or actors with v= instead.", "/embed/timeline");
        }

        var slice = TimelineSlice.Parse(from, to);
        if (slice is null)
        {
            return WidgetData.Message(options, StatusCodes.Status400BadRequest, "Not a date range",
                "from and to take a year (1996), a month (2000-07) or a day (2024-06-19).", null);
        }

        ActorView? who = null;
        if (!string.IsNullOrEmpty(actor) && (who = await actors.GetAsync(actor, ct)) is null)
        {
            return WidgetData.Message(options, StatusCodes.Status404NotFound, "Not found", $"No actor has the id or slug '{actor}'.", null);
        }

        var timeline = (await timelines.ShownTimelineAsync(ct)).Timeline;
        var shown = timeline.Events
            .Where(e => slice.Value.Contains(e) && (who is null || e.Actors.Any(a => a.Actor.Id == who.Id)))
            .ToList();
        var heading = (who?.Name is { } name ? name + ", " : "") + slice.Value.Describe(shown);
        var outlets = await timelines.OutletNamesAsync(shown.Select(e => e.Id).ToList(), ct);
        return new RazorComponentResult<TimelineWidget>(new { Events = shown, Heading = heading, Options = options, Outlets = outlets });
    }

    /// <summary>The accent colour as a stylesheet, so the widget's CSP can forbid inline styles.</summary>
    public static ContentHttpResult Accent(string? c) =>
        TypedResults.Text(EmbedOptions.ParseAccent(c) is { } hex ? $":root{{--nt-accent:#{hex}}}\n" : "", "text/css");
}
