using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Editing;

/// <summary>
/// Earlier versions of a record, for embeds pinned with <c>v=N</c>. Returns null when that revision cannot be shown;
/// the live record is always served by the query services, never from here.
/// </summary>
public interface IRevisionSource
{
    Task<EventView?> EventAsync(int id, int revision, CancellationToken ct);

    Task<ClaimView?> ClaimAsync(int id, int revision, CancellationToken ct);

    Task<ActorView?> ActorAsync(int id, int revision, CancellationToken ct);
}
