using Microsoft.AspNetCore.Http.HttpResults;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;
using NewsTreaty.Web.Components.Widgets;

namespace NewsTreaty.Web.Embeds;

/// <summary>
/// Loads the record behind a card widget at the version the embed asked for: live (no <c>v=</c>, <c>v=live</c>, or the
/// current revision number), otherwise from <see cref="IRevisionSource"/>; a revision it cannot produce is a clear 404 page.
/// </summary>
internal sealed class WidgetData(EventQueries events, ClaimQueries claims, ActorQueries actors, IRevisionSource revisions)
{
    public async Task<RazorComponentResult> EventAsync(
        string slug, HttpRequest request, Func<EventView, EmbedOptions, RazorComponentResult> render, CancellationToken ct)
    {
        var options = EmbedOptions.From(request.Query);
        var live = await events.GetAsync(slug, ct);
        if (live is null)
        {
            return NotFound(options, "event", slug);
        }

        var shown = await Pin(live, live.Revision, options, () => revisions.EventAsync(live.Id, options.Revision!.Value, ct));
        return shown is null ? Unavailable(options, "event", live.Revision, request) : render(shown, options);
    }

    public async Task<RazorComponentResult> ClaimAsync(string slug, HttpRequest request, CancellationToken ct)
    {
        var options = EmbedOptions.From(request.Query);
        var live = await claims.GetAsync(slug, ct);
        if (live is null)
        {
            return NotFound(options, "claim", slug);
        }

        var shown = await Pin(live, live.Revision, options, () => revisions.ClaimAsync(live.Id, options.Revision!.Value, ct));
        return shown is null ? Unavailable(options, "claim", live.Revision, request) : new RazorComponentResult<ClaimCard>(new { Claim = shown, Options = options });
    }

    public async Task<RazorComponentResult> ActorAsync(string slug, HttpRequest request, CancellationToken ct)
    {
        var options = EmbedOptions.From(request.Query);
        var live = await actors.GetAsync(slug, ct);
        if (live is null)
        {
            return NotFound(options, "actor", slug);
        }

        var shown = await Pin(live, live.Revision, options, () => revisions.ActorAsync(live.Id, options.Revision!.Value, ct));
        return shown is null ? Unavailable(options, "actor", live.Revision, request) : new RazorComponentResult<ActorCard>(new { Actor = shown, Options = options });
    }

    private static Task<T?> Pin<T>(T live, int liveRevision, EmbedOptions options, Func<Task<T?>> fromHistory) where T : class =>
        options.Revision is null || options.Revision == liveRevision ? Task.FromResult<T?>(live) : fromHistory();

    private static RazorComponentResult NotFound(EmbedOptions options, string kind, string slug) =>
        Message(options, StatusCodes.Status404NotFound, "Not found", $"No {kind} has the id or slug '{slug}'.", null);

    private static RazorComponentResult Unavailable(EmbedOptions options, string kind, int liveRevision, HttpRequest request)
    {
        var live = options with { Revision = null };
        var query = live.ToQuery();
        return Message(options, StatusCodes.Status404NotFound, WidgetLabels.For(options.Language)["unavailable"],
            $"Revision {options.Revision} of this {kind} is not available here; its current revision is {liveRevision}.",
            request.Path + (query.Length > 0 ? "?" + query : ""));
    }

    public static RazorComponentResult Message(EmbedOptions options, int status, string heading, string detail, string? liveUrl) =>
        new RazorComponentResult<WidgetMessage>(new { Options = options, Heading = heading, Detail = detail, LiveUrl = liveUrl }) { StatusCode = status };
}
