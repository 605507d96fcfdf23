using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;
using NewsTreaty.Web.Components.Shared;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>The event form: a <see cref="BundleEvent"/> as fields, its actors as rows and its reporting articles as a list.</summary>
public sealed class EventForm : IRecordForm<EventForm>
{
    public static ResourceKind Kind => ResourceKind.Event;

    public static string Noun => "event";

    public static string Route => "events";

    [Required(ErrorMessage = "Give the event a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long."),
     RegularExpression(Domain.Common.Slug.PatternText, ErrorMessage = "Use lower-case words joined by hyphens.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Give the event a title."), StringLength(Limits.Title, ErrorMessage = "The title is too long.")]
    public string Title { get; set; } = "";

    public EventKind EventKind { get; set; } = EventKind.Other;

    [StringLength(Limits.Summary, ErrorMessage = "The summary is too long.")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Give the date, at least its year."), PartialDateText]
    public string Date { get; set; } = "";

    [PartialDateText]
    public string? EndDate { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The place is too long.")]
    public string? Place { get; set; }

    [Range(Event.MinImportance, Event.MaxImportance, ErrorMessage = "Importance is 1 (minor) to 5 (landmark).")]
    public int Importance { get; set; } = 3;

    /// <summary>The era's slug; empty for none.</summary>
    public string? Era { get; set; }

    public int Revision { get; set; }

    public List<EventActorForm> Actors { get; set; } = [];

    public List<string> Articles { get; set; } = [];

    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists =>
        new Dictionary<string, IReadOnlyList<IFormRow>> { ["actors"] = Actors };

    public static EventForm From(IBundleRecord record, int revision)
    {
        var e = (BundleEvent)record;
        return new()
        {
            Slug = e.Slug,
            Title = e.Title,
            EventKind = e.Kind,
            Summary = e.Summary,
            Date = e.Date,
            EndDate = e.EndDate,
            Place = e.Place,
            Importance = e.Importance,
            Era = e.Era,
            Revision = revision,
            Actors = (e.Actors ?? []).Select(a => new EventActorForm { Actor = a.Actor, Role = a.Role }).ToList(),
            Articles = [.. e.Articles ?? []],
        };
    }

    public IBundleRecord ToRecord() => new BundleEvent(
        Slug.Trim(),
        Title.Trim(),
        EventKind,
        Date.Trim(),
        Importance,
        FormConflicts.Blank(Summary),
        FormConflicts.Blank(EndDate),
        FormConflicts.Blank(Place),
        FormConflicts.Blank(Era),
        Actors.Where(a => !a.IsEmpty).Select(a => new BundleEventActor(a.Actor.Trim(), FormConflicts.Blank(a.Role) ?? "participant")).ToList(),
        Articles.Distinct().ToList());

    public static IReadOnlyList<FormField<EventForm>> Fields { get; } =
    [
        new("Title", f => f.Title, (m, t) => m.Title = t.Title),
        new("Kind", f => Labels.Of(f.EventKind), (m, t) => m.EventKind = t.EventKind),
        new("Summary", f => f.Summary, (m, t) => m.Summary = t.Summary),
        new("Date", f => f.Date, (m, t) => m.Date = t.Date),
        new("End date", f => f.EndDate, (m, t) => m.EndDate = t.EndDate),
        new("Place", f => f.Place, (m, t) => m.Place = t.Place),
        new("Importance", f => f.Importance.ToString(CultureInfo.InvariantCulture), (m, t) => m.Importance = t.Importance),
        new("Era", f => f.Era, (m, t) => m.Era = t.Era),
        new("Actors", f => FormConflicts.Describe(f.Actors.Where(a => !a.IsEmpty).Select(a => $"{a.Actor} ({a.Role})")),
            (m, t) => m.Actors = t.Actors.Select(a => new EventActorForm { Actor = a.Actor, Role = a.Role }).ToList()),
        new("Articles", f => FormConflicts.Describe(f.Articles), (m, t) => m.Articles = [.. t.Articles]),
    ];
}

/// <summary>An actor taking part in the event, with their role (e.g. signatory, host).</summary>
public sealed class EventActorForm : IFormRow
{
    public string Actor { get; set; } = "";

    [StringLength(Limits.Role, ErrorMessage = "The role is too long.")]
    public string? Role { get; set; } = "participant";

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Actor);

    [JsonIgnore]
    public string MainField => nameof(Actor);
}
