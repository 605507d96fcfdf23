using System.Collections.Concurrent;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// The slugs new proposals may not take: every record's in the knowledge snapshot, and every slug a pending proposal
/// holds or is about to hold (pending when a batch started, reserved by a build, or found pending by the writer's
/// check against the database). A batch shares one across the articles it builds ahead of the writer, so each article
/// is built once and the writer's check only confirms it. Nothing is ever removed: a slug reserved by an article that
/// turns out to be a duplicate stays unused, so a later one may skip a number.
/// </summary>
public sealed class TakenSlugs
{
    private readonly HashSet<(ProposalKind, string)> records;
    private readonly ConcurrentDictionary<(ProposalKind, string), byte> pending = new();

    public TakenSlugs(KnowledgeSnapshot knowledge) =>
        records =
        [
            .. knowledge.Actors.Select(a => (ProposalKind.Actor, a.Slug)),
            .. knowledge.Articles.Select(a => (ProposalKind.ArticleMetadata, a.Slug)),
            .. knowledge.Events.Select(e => (ProposalKind.Event, e.Slug)),
            .. knowledge.Claims.Select(c => (ProposalKind.Claim, c.Slug)),
        ];

    // For a stem, the highest n such that "stem-2" … "stem-n" are all taken (see SlugAllocator).
    private readonly ConcurrentDictionary<(ProposalKind, string), int> takenSuffixes = new();

    public bool Contains(ProposalKind kind, string slug) => records.Contains((kind, slug)) || pending.ContainsKey((kind, slug));

    /// <summary>The first suffix worth trying after <paramref name="stem"/>: 2, or one past the run known taken.</summary>
    internal int FirstSuffixToTry(ProposalKind kind, string stem) => takenSuffixes.TryGetValue((kind, stem), out var n) ? n + 1 : 2;

    /// <summary>Records that "stem-2" … "stem-<paramref name="n"/>" are all taken; the set only grows, so they stay taken.</summary>
    internal void SuffixesTakenUpTo(ProposalKind kind, string stem, int n) => takenSuffixes.AddOrUpdate((kind, stem), n, (_, known) => Math.Max(known, n));

    /// <summary>Slugs that pending proposals hold from now on.</summary>
    internal void Pending(IEnumerable<(ProposalKind Kind, string Slug)> slugs)
    {
        foreach (var slug in slugs)
        {
            pending.TryAdd(slug, 0);
        }
    }
}
