using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Web.Components.Shared;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>
/// The outlet form: a <see cref="BundleOutlet"/> as fields. An outlet's relations to other records (its articles, the
/// articles that copy or relay it, claims in its own voice) are made from those records' forms and listed beside this one.
/// </summary>
public sealed class OutletForm : IRecordForm<OutletForm>
{
    public static ResourceKind Kind => ResourceKind.Outlet;

    public static string Noun => "outlet";

    public static string Route => "outlets";

    [Required(ErrorMessage = "Give the outlet a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long."),
     RegularExpression(Domain.Common.Slug.PatternText, ErrorMessage = "Use lower-case words joined by hyphens.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Give the outlet's name."), StringLength(Limits.Name, ErrorMessage = "The name is too long.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Give the country as its two-letter code, e.g. GB or KP."),
     RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use the two-letter ISO 3166-1 code, e.g. GB, RU or KP.")]
    public string Country { get; set; } = "";

    public OutletKind OutletKind { get; set; } = OutletKind.Newspaper;

    /// <summary>State-owned or state-directed: readers see it next to the outlet's reporting.</summary>
    public bool StateAffiliated { get; set; }

    [RegularExpression(@"^https?://\S+$", ErrorMessage = "Give the home page as an absolute address (https://...)."),
     StringLength(Limits.Url, ErrorMessage = "The address is too long.")]
    public string? Homepage { get; set; }

    public int Revision { get; set; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists => new Dictionary<string, IReadOnlyList<IFormRow>>();

    public static OutletForm From(IBundleRecord record, int revision)
    {
        var o = (BundleOutlet)record;
        return new()
        {
            Slug = o.Slug,
            Name = o.Name,
            Country = o.Country,
            OutletKind = o.Kind,
            StateAffiliated = o.StateAffiliated,
            Homepage = o.Homepage,
            Revision = revision,
        };
    }

    public IBundleRecord ToRecord() =>
        new BundleOutlet(Slug.Trim(), Name.Trim(), Country.Trim().ToUpperInvariant(), OutletKind, StateAffiliated, FormConflicts.Blank(Homepage));

    public static IReadOnlyList<FormField<OutletForm>> Fields { get; } =
    [
        new("Name", f => f.Name, (m, t) => m.Name = t.Name),
        new("Country", f => f.Country, (m, t) => m.Country = t.Country),
        new("Kind", f => Labels.Of(f.OutletKind), (m, t) => m.OutletKind = t.OutletKind),
        new("State-affiliated", f => f.StateAffiliated ? "yes" : "no", (m, t) => m.StateAffiliated = t.StateAffiliated),
        new("Home page", f => f.Homepage, (m, t) => m.Homepage = t.Homepage),
    ];
}
