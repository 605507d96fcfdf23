using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Events;

public enum EventKind
{
    TreatySigned,
    TreatyWithdrawn,
    TreatyInForce,
    TreatyExpired,
    StateVisit,
    Summit,
    DebtRelief,
    DiplomaticRecognition,
    MilitaryAction,
    UnVote,
    NuclearTest,
    LeadershipChange,
    Sanctions,
    ArmsTransfer,
    Statement,
    Other,
}

/// <summary>Something that happened, dated as precisely as is honestly known.</summary>
public sealed class Event : Entity
{
    public const int MinImportance = 1;
    public const int MaxImportance = 5;

    private readonly List<EventActor> _actors = [];
    private readonly List<EventArticle> _articles = [];

    private Event()
    {
    }

    public Event(string slug, EventKind kind, string title, string summary, PartialDate date, int importance)
    {
        SetSlug(slug, "event");
        Update(kind, title, summary, date, null, null, importance);
    }

    public EventKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public PartialDate Date { get; private set; } = PartialDate.OfYear(2000);

    public PartialDate? EndDate { get; private set; }

    /// <summary>First day the event may have started on; the sort and range key.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day the event may have ended on.</summary>
    public DateOnly EndsOn { get; private set; }

    public string? Place { get; private set; }

    /// <summary>1 (detail) to 5 (landmark); a zoomed-out timeline shows the important ones first.</summary>
    public int Importance { get; private set; }

    public int? EraId { get; private set; }

    public Era? Era { get; private set; }

    public IReadOnlyList<EventActor> Actors => _actors;

    public IReadOnlyList<EventArticle> Articles => _articles;

    public void Update(EventKind kind, string title, string summary, PartialDate date, PartialDate? endDate, string? place, int importance)
    {
        if (endDate is not null && endDate.End < date.Start)
        {
            throw new DomainException($"Event '{Slug}' ends ({endDate}) before it starts ({date}).");
        }

        if (importance is < MinImportance or > MaxImportance)
        {
            throw new DomainException($"Importance {importance} is outside {MinImportance}–{MaxImportance}.");
        }

        Kind = kind;
        Title = Required(title, "Event title", Limits.Title);
        Summary = Optional(summary, "Event summary", Limits.Summary) ?? "";
        Date = date;
        EndDate = endDate;
        StartsOn = date.Start;
        EndsOn = (endDate ?? date).End;
        Place = Optional(place, "Place", Limits.Name);
        Importance = importance;
    }

    public void PlaceIn(Era? era)
    {
        Era = era;
        EraId = era?.Id;
    }

    public void ReplaceActors(IEnumerable<(Actors.Actor Actor, string Role)> actors)
    {
        _actors.Clear();
        foreach (var (actor, role) in actors)
        {
            var link = new EventActor(actor, role);
            if (_actors.Any(a => a.Actor == actor && a.Role == link.Role))
            {
                throw new DomainException($"Event '{Slug}' lists actor '{actor.Slug}' as {link.Role} twice.");
            }

            _actors.Add(link);
        }
    }

    public void ReplaceArticles(IEnumerable<Article> articles)
    {
        _articles.Clear();
        foreach (var article in articles.Distinct())
        {
            _articles.Add(new EventArticle(article));
        }
    }
}

/// <summary>An actor's part in an event ("signatory", "host", "visitor").</summary>
public sealed class EventActor
{
    private EventActor()
    {
    }

    internal EventActor(Actors.Actor actor, string role)
    {
        Actor = actor;
        ActorId = actor.Id;
        Role = string.IsNullOrWhiteSpace(role) ? "participant" : Slug.Require(role.Trim(), "role");
    }

    public int EventId { get; private set; }

    public int ActorId { get; private set; }

    public Actors.Actor Actor { get; private set; } = null!;

    public string Role { get; private set; } = "participant";
}

/// <summary>An article that mentions an event.</summary>
public sealed class EventArticle
{
    private EventArticle()
    {
    }

    internal EventArticle(Article article)
    {
        Article = article;
        ArticleId = article.Id;
    }

    public int EventId { get; private set; }

    public int ArticleId { get; private set; }

    public Article Article { get; private set; } = null!;
}
