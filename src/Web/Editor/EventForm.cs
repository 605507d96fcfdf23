using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Web.Editor;

/// <summary>The event editor's form: a <see cref="BundleEvent"/> as fields, its actors and articles as rows.</summary>
internal sealed class EventForm
{
    [Required(ErrorMessage = "Give the event a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Give the event a title."), StringLength(Limits.Title, ErrorMessage = "The title is too long.")]
    public string Title { get; set; } = "";

    public EventKind Kind { get; set; } = EventKind.Other;

    [StringLength(Limits.Summary, ErrorMessage = "The summary is too long.")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Give the date, e.g. 1961-07-06.")]
    public string Date { get; set; } = "";

    public string? EndDate { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The place is too long.")]
    public string? Place { get; set; }

    [Range(Event.MinImportance, Event.MaxImportance, ErrorMessage = "Importance is 1 (minor) to 5 (landmark).")]
    public int Importance { get; set; } = 3;

    /// <summary>The era's slug; empty for none.</summary>
    public string? Era { get; set; }

    /// <summary>The revision the form was loaded at: saving fails with a conflict if the event has moved on since.</summary>
    public int Revision { get; set; }

    public List<EventActorForm> Actors { get; set; } = [];

    public List<EventArticleForm> Articles { get; set; } = [];

    public static EventForm From(BundleEvent e, int revision) => new()
    {
        Slug = e.Slug,
        Title = e.Title,
        Kind = e.Kind,
        Summary = e.Summary,
        Date = e.Date,
        EndDate = e.EndDate,
        Place = e.Place,
        Importance = e.Importance,
        Era = e.Era,
        Revision = revision,
        Actors = (e.Actors ?? []).Select(a => new EventActorForm { Actor = a.Actor, Role = a.Role }).ToList(),
        Articles = (e.Articles ?? []).Select(a => new EventArticleForm { Article = a }).ToList(),
    };

    public BundleEvent ToRecord() => new(
        Slug.Trim(),
        Title.Trim(),
        Kind,
        Date.Trim(),
        Importance,
        FieldDifferences.Blank(Summary),
        FieldDifferences.Blank(EndDate),
        FieldDifferences.Blank(Place),
        FieldDifferences.Blank(Era),
        Actors.Where(a => !a.IsEmpty).Select(a => new BundleEventActor(a.Actor.Trim(), FieldDifferences.Blank(a.Role) ?? "participant")).ToList(),
        Articles.Where(a => !a.IsEmpty).Select(a => a.Article.Trim()).ToList());

    public static IReadOnlyList<(string Field, string Saved)> Differences(EventForm mine, EventForm saved) => new FieldDifferences()
        .Compare("Title", mine.Title, saved.Title)
        .Compare("Kind", mine.Kind.ToString(), saved.Kind.ToString())
        .Compare("Summary", mine.Summary, saved.Summary)
        .Compare("Date", mine.Date, saved.Date)
        .Compare("End date", mine.EndDate, saved.EndDate)
        .Compare("Place", mine.Place, saved.Place)
        .Compare("Importance", mine.Importance.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.Importance.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Compare("Era", mine.Era, saved.Era)
        .Compare("Actors", Describe(mine.Actors.Where(a => !a.IsEmpty).Select(a => $"{a.Actor} ({a.Role})")), Describe(saved.Actors.Select(a => $"{a.Actor} ({a.Role})")))
        .Compare("Articles", Describe(mine.Articles.Where(a => !a.IsEmpty).Select(a => a.Article)), Describe(saved.Articles.Select(a => a.Article)))
        .Fields;

    // The stored order is not meaningful, so a reordering is no difference.
    private static string Describe(IEnumerable<string> items) => string.Join("; ", items.Order(StringComparer.Ordinal));
}

/// <summary>An actor taking part in the event, with their role (e.g. signatory, host).</summary>
internal sealed class EventActorForm : IFormRow
{
    public string Actor { get; set; } = "";

    public string? Role { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Actor);

    public string MainField => nameof(Actor);
}

/// <summary>An article that reports the event.</summary>
internal sealed class EventArticleForm : IFormRow
{
    public string Article { get; set; } = "";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Article);

    public string MainField => nameof(Article);
}
