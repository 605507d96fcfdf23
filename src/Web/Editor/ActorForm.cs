using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Web.Editor;

/// <summary>The actor editor's form: a <see cref="BundleActor"/> as fields, its aliases as rows.</summary>
internal sealed class ActorForm
{
    [Required(ErrorMessage = "Give the actor a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Give the actor's name."), StringLength(Limits.Name, ErrorMessage = "The name is too long.")]
    public string Name { get; set; } = "";

    public ActorKind Kind { get; set; } = ActorKind.Person;

    [RegularExpression("^Q[0-9]{1,12}$", ErrorMessage = "A Wikidata id looks like Q7747.")]
    public string? WikidataId { get; set; }

    [Required(ErrorMessage = "Describe the actor in a sentence."), StringLength(Limits.Summary, ErrorMessage = "The description is too long.")]
    public string Description { get; set; } = "";

    /// <summary>The revision the form was loaded at: saving fails with a conflict if the actor has moved on since.</summary>
    public int Revision { get; set; }

    public List<AliasForm> Aliases { get; set; } = [];

    public List<AffiliationForm> Affiliations { get; set; } = [];

    public static ActorForm From(BundleActor a, int revision) => new()
    {
        Slug = a.Slug,
        Name = a.Name,
        Kind = a.Kind,
        WikidataId = a.WikidataId,
        Description = a.Description ?? "",
        Revision = revision,
        Aliases = (a.Aliases ?? []).Select(x => new AliasForm { Name = x.Name, Kind = x.Kind, ValidFrom = x.ValidFrom, ValidTo = x.ValidTo, Note = x.Note }).ToList(),
        Affiliations = (a.Affiliations ?? []).Select(x => new AffiliationForm { Organisation = x.Organisation, Role = x.Role, From = x.From, To = x.To }).ToList(),
    };

    public BundleActor ToRecord() => new(
        Slug.Trim(),
        Name.Trim(),
        Kind,
        string.IsNullOrWhiteSpace(WikidataId) ? null : WikidataId.Trim(),
        Description.Trim(),
        Aliases.Where(a => !a.IsEmpty).Select(a => new BundleAlias(a.Name.Trim(), a.Kind, Blank(a.ValidFrom), Blank(a.ValidTo), Blank(a.Note))).ToList(),
        Affiliations.Where(a => !a.IsEmpty).Select(a => new BundleAffiliation(a.Organisation.Trim(), Blank(a.Role), Blank(a.From), Blank(a.To))).ToList());

    /// <summary>The fields whose saved value differs from this form's, with the saved value as people read it.</summary>
    public static IReadOnlyList<(string Field, string Saved)> Differences(ActorForm mine, ActorForm saved)
    {
        var differences = new List<(string, string)>();
        void Compare(string field, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
            {
                differences.Add((field, string.IsNullOrEmpty(b) ? "(empty)" : b));
            }
        }

        Compare("Name", mine.Name, saved.Name);
        Compare("Kind", mine.Kind.ToString(), saved.Kind.ToString());
        Compare("Wikidata id", mine.WikidataId, saved.WikidataId);
        Compare("Description", mine.Description, saved.Description);
        Compare("Aliases", Describe(mine.Aliases), Describe(saved.Aliases));
        Compare("Affiliations", Describe(mine.Affiliations), Describe(saved.Affiliations));
        return differences;
    }

    private static string Describe(IEnumerable<AliasForm> aliases) =>
        string.Join("; ", aliases.Where(a => !a.IsEmpty)
            .Select(a => (a.Kind == AliasKind.Name ? a.Name : $"{a.Name} [{Components.Shared.Labels.Of(a.Kind).ToLowerInvariant()}]")
                         + (string.IsNullOrEmpty(a.ValidFrom) && string.IsNullOrEmpty(a.ValidTo) ? "" : $" ({a.ValidFrom}–{a.ValidTo})"))
            .Order(StringComparer.Ordinal)); // the stored order is not meaningful, so a reordering is no difference

    private static string Describe(IEnumerable<AffiliationForm> affiliations) =>
        string.Join("; ", affiliations.Where(a => !a.IsEmpty).Select(a => $"{a.Organisation} {a.Role} ({a.From}–{a.To})").Order(StringComparer.Ordinal));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Another name of the actor, of a kind, optionally for a period given as partial dates (1961, 1961-07, 1961-07-06).</summary>
internal sealed class AliasForm : IFormRow
{
    public string Name { get; set; } = "";

    public AliasKind Kind { get; set; } = AliasKind.Name;

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name);

    public string MainField => nameof(Name);
}

/// <summary>Membership of an organisation (an actor), optionally with a role and a period given as partial dates.</summary>
internal sealed class AffiliationForm : IFormRow
{
    public string Organisation { get; set; } = "";

    public string? Role { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Organisation);

    public string MainField => nameof(Organisation);
}
