using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Web.Components.Shared;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>The actor form: a <see cref="BundleActor"/> as fields, its aliases and affiliations as rows.</summary>
public sealed class ActorForm : IRecordForm<ActorForm>
{
    public static ResourceKind Kind => ResourceKind.Actor;

    public static string Noun => "actor";

    public static string Route => "actors";

    [Required(ErrorMessage = "Give the actor a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long."),
     RegularExpression(Domain.Common.Slug.PatternText, ErrorMessage = "Use lower-case words joined by hyphens.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Give the actor's name."), StringLength(Limits.Name, ErrorMessage = "The name is too long.")]
    public string Name { get; set; } = "";

    public ActorKind ActorKind { get; set; } = ActorKind.Person;

    [RegularExpression("^Q[1-9][0-9]{0,11}$", ErrorMessage = "A Wikidata id looks like Q7747.")]
    public string? WikidataId { get; set; }

    [Required(ErrorMessage = "Describe the actor in a sentence."), StringLength(Limits.Summary, ErrorMessage = "The description is too long.")]
    public string Description { get; set; } = "";

    public int Revision { get; set; }

    public List<AliasForm> Aliases { get; set; } = [];

    public List<AffiliationForm> Affiliations { get; set; } = [];

    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists =>
        new Dictionary<string, IReadOnlyList<IFormRow>> { ["aliases"] = Aliases, ["affiliations"] = Affiliations };

    public static ActorForm From(IBundleRecord record, int revision)
    {
        var a = (BundleActor)record;
        return new()
        {
            Slug = a.Slug,
            Name = a.Name,
            ActorKind = a.Kind,
            WikidataId = a.WikidataId,
            Description = a.Description ?? "",
            Revision = revision,
            Aliases = (a.Aliases ?? []).Select(x => new AliasForm { Name = x.Name, Kind = x.Kind, ValidFrom = x.ValidFrom, ValidTo = x.ValidTo, Note = x.Note }).ToList(),
            Affiliations = (a.Affiliations ?? []).Select(x => new AffiliationForm { Organisation = x.Organisation, Role = x.Role, From = x.From, To = x.To }).ToList(),
        };
    }

    public IBundleRecord ToRecord() => new BundleActor(
        Slug.Trim(),
        Name.Trim(),
        ActorKind,
        FormConflicts.Blank(WikidataId),
        Description.Trim(),
        Aliases.Where(a => !a.IsEmpty).Select(a => new BundleAlias(a.Name.Trim(), a.Kind, FormConflicts.Blank(a.ValidFrom), FormConflicts.Blank(a.ValidTo), FormConflicts.Blank(a.Note))).ToList(),
        Affiliations.Where(a => !a.IsEmpty).Select(a => new BundleAffiliation(a.Organisation.Trim(), FormConflicts.Blank(a.Role), FormConflicts.Blank(a.From), FormConflicts.Blank(a.To))).ToList());

    public static IReadOnlyList<FormField<ActorForm>> Fields { get; } =
    [
        new("Name", f => f.Name, (m, t) => m.Name = t.Name),
        new("Kind", f => Labels.Of(f.ActorKind), (m, t) => m.ActorKind = t.ActorKind),
        new("Wikidata id", f => f.WikidataId, (m, t) => m.WikidataId = t.WikidataId),
        new("Description", f => f.Description, (m, t) => m.Description = t.Description),
        new("Aliases", f => FormConflicts.Describe(f.Aliases.Where(a => !a.IsEmpty).Select(a => a.Describe())),
            (m, t) => m.Aliases = t.Aliases.Select(a => a.Copy()).ToList()),
        new("Affiliations", f => FormConflicts.Describe(f.Affiliations.Where(a => !a.IsEmpty).Select(a => a.Describe())),
            (m, t) => m.Affiliations = t.Affiliations.Select(a => a.Copy()).ToList()),
    ];
}

/// <summary>Another name of the actor, optionally for a period given as partial dates.</summary>
public sealed class AliasForm : IFormRow
{
    public string Name { get; set; } = "";

    /// <summary>Name, short name, title or role, metonym or description: says when a mention may resolve through the alias.</summary>
    public NewsTreaty.Domain.Actors.AliasKind Kind { get; set; } = NewsTreaty.Domain.Actors.AliasKind.Name;

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? Note { get; set; }

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name);

    [JsonIgnore]
    public string MainField => nameof(Name);

    public string Describe() => $"{Name} [{Labels.Of(Kind)}]" + (string.IsNullOrEmpty(ValidFrom) && string.IsNullOrEmpty(ValidTo) ? "" : $" ({ValidFrom}–{ValidTo})") +
        (string.IsNullOrEmpty(Note) ? "" : $" {Note}");

    public AliasForm Copy() => (AliasForm)MemberwiseClone();
}

/// <summary>Membership of an organisation (an actor), optionally with a role and a period given as partial dates.</summary>
public sealed class AffiliationForm : IFormRow
{
    public string Organisation { get; set; } = "";

    public string? Role { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Organisation);

    [JsonIgnore]
    public string MainField => nameof(Organisation);

    public string Describe() => $"{Organisation} {Role} ({From}–{To})";

    public AffiliationForm Copy() => (AffiliationForm)MemberwiseClone();
}
