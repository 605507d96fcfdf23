using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Claims;

public enum ClaimKind
{
    DirectQuote,
    ReportedSpeech,
    FactualAssertion,
    Prediction,
    Opinion,
}

public enum Hedging
{
    Asserted,
    Believed,
    Expected,
    Speculated,
}

public enum ReviewStatus
{
    Unreviewed,
    Confirmed,
    Disputed,
    False,
    Misleading,
}

/// <summary>Who asserted what, with the evidence of where it appeared.</summary>
public sealed class Claim : Entity
{
    private readonly List<Appearance> _appearances = [];
    private readonly List<ClaimQuantity> _quantities = [];
    private readonly List<ClaimSubject> _subjects = [];
    private readonly List<ClaimEvent> _events = [];

    private Claim()
    {
    }

    public Claim(string slug, string text, ClaimKind kind, Actor? claimantActor, Outlet? claimantOutlet, Hedging hedging)
    {
        SetSlug(slug, "claim");
        Update(text, kind, hedging);
        SetClaimant(claimantActor, claimantOutlet);
    }

    /// <summary>Whether the speech or assertion reports what someone said, so its speaker must be found in the text.</summary>
    public bool IsSpeech => Kind is ClaimKind.DirectQuote or ClaimKind.ReportedSpeech;

    /// <summary>The claim as a neutral statement.</summary>
    public string Text { get; private set; } = "";

    public ClaimKind Kind { get; private set; }

    public Hedging Hedging { get; private set; }

    public int? ClaimantActorId { get; private set; }

    public Actor? ClaimantActor { get; private set; }

    /// <summary>Set when the outlet itself asserts the claim (editorials, unattributed reporting).</summary>
    public int? ClaimantOutletId { get; private set; }

    public Outlet? ClaimantOutlet { get; private set; }

    /// <summary>
    /// True when the text does not name the claimant and the attribution is ours ("the North Korean dictator"
    /// taken as Kim Jong Un; an unnamed presidential spokesperson taken as the Russian state), explained in
    /// <see cref="ClaimantNote"/>.
    /// </summary>
    public bool ClaimantInferred { get; private set; }

    public string? ClaimantNote { get; private set; }

    public ReviewStatus Status { get; private set; }

    public string? StatusNote { get; private set; }

    /// <summary>
    /// Publication time of the earliest article the claim appears in (<see cref="DateTime.MinValue"/> while it
    /// has none). Like the two counts below it is derived, kept by the database itself (schema step 0006
    /// triggers on appearances and articles) so lists can sort and filter on it through an index; the
    /// application never writes it.
    /// </summary>
    public DateTime FirstSeenUtc { get; private set; }

    /// <summary>
    /// Distinct outlets whose appearances support the claim: one that disputes it is no corroboration (derived, see
    /// <see cref="FirstSeenUtc"/>; schema step 0010 leaves disputing appearances out).
    /// </summary>
    public int OutletCount { get; private set; }

    /// <summary>Distinct independent origins among the supporting appearances: syndicated copies and relays count as their origin (derived).</summary>
    public int OriginCount { get; private set; }

    public IReadOnlyList<Appearance> Appearances => _appearances;

    public IReadOnlyList<ClaimQuantity> Quantities => _quantities;

    public IReadOnlyList<ClaimSubject> Subjects => _subjects;

    public IReadOnlyList<ClaimEvent> Events => _events;

    public void Update(string text, ClaimKind kind, Hedging hedging)
    {
        Text = Required(text, "Claim text", Limits.Summary);
        Kind = kind;
        Hedging = hedging;
    }

    public void SetClaimant(Actor? actor, Outlet? outlet, bool inferred = false, string? note = null)
    {
        if ((actor is null) == (outlet is null))
        {
            throw new DomainException($"Claim '{Slug}' needs exactly one claimant: an actor or the outlet itself.");
        }

        var explained = Optional(note, "Claimant note", Limits.Note);
        if (inferred && explained is null)
        {
            throw new DomainException("An inferred attribution needs a note saying why the claimant is ours when the text does not name them.");
        }

        if (!inferred && explained is not null)
        {
            throw new DomainException("A claimant note explains an inferred attribution: mark the attribution inferred, or leave the note out.");
        }

        ClaimantInferred = inferred;
        ClaimantNote = explained;

        ClaimantActor = actor;
        ClaimantActorId = actor?.Id;
        ClaimantOutlet = outlet;
        ClaimantOutletId = outlet?.Id;
    }

    public void Review(ReviewStatus status, string? note)
    {
        Status = status;
        StatusNote = Optional(note, "Review note", Limits.Note);
    }

    public void ReplaceSubjects(IEnumerable<Actor> actors)
    {
        _subjects.Clear();
        _subjects.AddRange(actors.Distinct().Select(a => new ClaimSubject(a)));
    }

    public void ReplaceEvents(IEnumerable<Event> events)
    {
        _events.Clear();
        _events.AddRange(events.Distinct().Select(e => new ClaimEvent(e)));
    }

    public void ReplaceQuantities(IEnumerable<ClaimQuantity> quantities)
    {
        _quantities.Clear();
        _quantities.AddRange(quantities);
    }

    public Appearance AddAppearance(Article article, string quote, int start, int end, AppearanceRole role, AttributionSpan? attribution = null)
    {
        var appearance = new Appearance(article, quote, start, end, role, attribution);
        if (_appearances.Any(a => a.Article == article && a.Start == start && a.End == end))
        {
            throw new DomainException($"Claim '{Slug}' already cites characters {start}–{end} of article '{article.Slug}'.");
        }

        _appearances.Add(appearance);
        return appearance;
    }

    public bool RemoveAppearance(Appearance appearance) => _appearances.Remove(appearance);

    public void ClearAppearances() => _appearances.Clear();
}

/// <summary>An actor the claim is about.</summary>
public sealed class ClaimSubject
{
    private ClaimSubject()
    {
    }

    internal ClaimSubject(Actor actor)
    {
        Actor = actor;
        ActorId = actor.Id;
    }

    public int ClaimId { get; private set; }

    public int ActorId { get; private set; }

    /// <summary>The claim's <see cref="Claim.FirstSeenUtc"/>, copied here by the database so an actor's claims come newest first from one index.</summary>
    public DateTime FirstSeenUtc { get; private set; }

    public Actor Actor { get; private set; } = null!;
}

/// <summary>An event the claim concerns.</summary>
public sealed class ClaimEvent
{
    private ClaimEvent()
    {
    }

    internal ClaimEvent(Event @event)
    {
        Event = @event;
        EventId = @event.Id;
    }

    public int ClaimId { get; private set; }

    public int EventId { get; private set; }

    /// <summary>The claim's <see cref="Claim.FirstSeenUtc"/>, copied here by the database so an event's claims come newest first from one index.</summary>
    public DateTime FirstSeenUtc { get; private set; }

    public Event Event { get; private set; } = null!;
}
