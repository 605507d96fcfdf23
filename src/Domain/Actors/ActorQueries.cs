using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Actors;

public sealed partial class ActorQueries(NewsTreatyDbContext db)
{
    /// <summary>How many of the newest claims made by and about an actor its record lists.</summary>
    public const int ClaimsShown = 50;

    private const int CoOccurringShown = 12;

    /// <summary>How many of the most frequent co-occurring actors are read, to be ranked by count and name for the record.</summary>
    internal const int CoOccurringRead = CoOccurringShown * 4;

    /// <summary>Every actor in id order: the unfiltered case of <see cref="SearchAsync"/>.</summary>
    public Task<Page<ActorSummaryView>> ListAsync(int? limit, string? cursor, CancellationToken ct) =>
        SearchAsync(new ActorFilter(), limit, cursor, ct);

    public async Task<ActorView?> GetAsync(string key, CancellationToken ct)
    {
        // A head actor is in a quarter of a large corpus: the record shows how many claims there are and the
        // newest few (both from the (actor, first seen) indexes); the claim list filtered by actor pages the rest.
        if (await ActorRecordReader.ReadAsync(db, key, ct) is not { } record)
        {
            return null;
        }

        var (actor, aliases, affiliations, members, made, about, events, coOccurring) = record;
        return new ActorView(
            actor.Id, actor.Slug, actor.Name, actor.Kind, actor.WikidataId, Map.WikidataUrl(actor.WikidataId), actor.Description,
            aliases, affiliations, members, made, actor.Made, about, actor.About, events,
            coOccurring.Select(o => new CoOccurrenceView(o.Actor, o.Count)).OrderByDescending(c => c.Count).ThenBy(c => c.Actor.Name).Take(CoOccurringShown).ToList(),
            actor.Revision, actor.UpdatedAt);
    }
}
