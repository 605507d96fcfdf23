using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Forms;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Web.Components.Shared;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>The claim form: a <see cref="BundleClaim"/> as fields; references are slugs chosen by name in the desk's pickers.</summary>
public sealed class ClaimForm : IRecordForm<ClaimForm>
{
    public static ResourceKind Kind => ResourceKind.Claim;

    public static string Noun => "claim";

    public static string Route => "claims";

    [Required(ErrorMessage = "Give the claim a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long."),
     RegularExpression(Domain.Common.Slug.PatternText, ErrorMessage = "Use lower-case words joined by hyphens.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Write what was claimed."), StringLength(Limits.Summary, ErrorMessage = "The text is too long.")]
    public string Text { get; set; } = "";

    public ClaimKind ClaimKind { get; set; } = ClaimKind.FactualAssertion;

    /// <summary>Whether the claimant is an actor (a person, state, organisation) or an outlet speaking in its own voice.</summary>
    public bool ClaimantIsOutlet { get; set; }

    public string? ClaimantActor { get; set; }

    public string? ClaimantOutlet { get; set; }

    /// <summary>The text does not name the claimant where it quotes them; the attribution is our inference, explained in the note.</summary>
    public bool ClaimantInferred { get; set; }

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? ClaimantNote { get; set; }

    public Hedging Hedging { get; set; } = Hedging.Asserted;

    public ReviewStatus Status { get; set; } = ReviewStatus.Unreviewed;

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? StatusNote { get; set; }

    public List<string> Subjects { get; set; } = [];

    public List<string> Events { get; set; } = [];

    public int Revision { get; set; }

    public List<EvidenceForm> Appearances { get; set; } = [];

    public List<QuantityForm> Quantities { get; set; } = [];

    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists =>
        new Dictionary<string, IReadOnlyList<IFormRow>> { ["appearances"] = Appearances, ["quantities"] = Quantities };

    public static ClaimForm From(IBundleRecord record, int revision)
    {
        var c = (BundleClaim)record;
        return new()
        {
            Slug = c.Slug,
            Text = c.Text,
            ClaimKind = c.Kind,
            ClaimantIsOutlet = c.ClaimantOutlet is not null,
            ClaimantActor = c.ClaimantActor,
            ClaimantOutlet = c.ClaimantOutlet,
            ClaimantInferred = c.ClaimantInferred,
            ClaimantNote = c.ClaimantNote,
            Hedging = c.Hedging,
            Status = c.Status,
            StatusNote = c.StatusNote,
            Subjects = [.. c.Subjects ?? []],
            Events = [.. c.Events ?? []],
            Revision = revision,
            Appearances = (c.Appearances ?? []).Select(a => new EvidenceForm
            {
                Article = a.Article,
                Quote = a.Quote,
                Start = a.Start,
                End = a.End,
                Role = a.Role,
                AttributionQuote = a.Attribution?.Quote,
                AttributionStart = a.Attribution?.Start,
                AttributionEnd = a.Attribution?.End,
            }).ToList(),
            Quantities = (c.Quantities ?? []).Select(q => new QuantityForm { Value = q.Value, Magnitude = q.Magnitude, Unit = q.Unit, Approximate = q.Approximate, Text = q.Text }).ToList(),
        };
    }

    /// <summary>The record to save: every field the domain stores comes from a control of the form.</summary>
    public IBundleRecord ToRecord() => new BundleClaim(
        Slug.Trim(),
        Text.Trim(),
        ClaimKind,
        ClaimantIsOutlet ? null : FormConflicts.Blank(ClaimantActor),
        ClaimantIsOutlet ? FormConflicts.Blank(ClaimantOutlet) : null,
        Subjects.Distinct().ToList(),
        Events.Distinct().ToList(),
        Hedging,
        Quantities.Where(q => !q.IsEmpty).Select(q => q.ToRecord()).ToList(),
        Status,
        FormConflicts.Blank(StatusNote),
        Appearances.Where(a => !a.IsEmpty).Select(a => a.ToRecord()).ToList(),
        ClaimantInferred,
        FormConflicts.Blank(ClaimantNote));

    /// <summary>A quantity is a stated number or, when the text gives none, a magnitude: exactly one of them.</summary>
    public static bool Check(ClaimForm form, ValidationMessageStore messages)
    {
        var ok = true;
        foreach (var q in form.Quantities.Where(q => !q.IsEmpty))
        {
            var problem = (q.Value, q.Magnitude) switch
            {
                (null, null) => "Give the number, or choose a magnitude when the text gives none.",
                (not null, not null) => "Give the number or a magnitude, not both.",
                _ => null,
            };
            if (problem is not null)
            {
                messages.Add(new FieldIdentifier(q, nameof(QuantityForm.Value)), problem);
                ok = false;
            }
        }

        return ok;
    }

    public static IReadOnlyList<FormField<ClaimForm>> Fields { get; } =
    [
        new("Text", f => f.Text, (m, t) => m.Text = t.Text),
        new("Kind", f => Labels.Of(f.ClaimKind), (m, t) => m.ClaimKind = t.ClaimKind),
        new("Claimant", f => f.ClaimantIsOutlet ? "outlet " + f.ClaimantOutlet : f.ClaimantActor, (m, t) =>
        {
            m.ClaimantIsOutlet = t.ClaimantIsOutlet;
            m.ClaimantActor = t.ClaimantActor;
            m.ClaimantOutlet = t.ClaimantOutlet;
        }),
        new("Attribution", f => f.ClaimantInferred ? "inferred: " + f.ClaimantNote : FormConflicts.Blank(f.ClaimantNote), (m, t) =>
        {
            m.ClaimantInferred = t.ClaimantInferred;
            m.ClaimantNote = t.ClaimantNote;
        }),
        new("Hedging", f => Labels.Of(f.Hedging), (m, t) => m.Hedging = t.Hedging),
        new("Review status", f => Labels.Of(f.Status), (m, t) => m.Status = t.Status),
        new("Status note", f => f.StatusNote, (m, t) => m.StatusNote = t.StatusNote),
        new("Subjects", f => FormConflicts.Describe(f.Subjects), (m, t) => m.Subjects = [.. t.Subjects]),
        new("Events", f => FormConflicts.Describe(f.Events), (m, t) => m.Events = [.. t.Events]),
        new("Evidence", f => FormConflicts.Describe(f.Appearances.Where(a => !a.IsEmpty).Select(a => a.Describe())),
            (m, t) => m.Appearances = t.Appearances.Select(a => a.Copy()).ToList()),
        new("Quantities", f => FormConflicts.Describe(f.Quantities.Where(q => !q.IsEmpty).Select(q => q.Describe())),
            (m, t) => m.Quantities = t.Quantities.Select(q => q.Copy()).ToList()),
    ];
}

/// <summary>One evidence quotation: the article, the exact quoted span and its character offsets (computed by the desk, never typed).</summary>
public sealed class EvidenceForm : IFormRow
{
    public string Article { get; set; } = "";

    public string Quote { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public AppearanceRole Role { get; set; } = AppearanceRole.Reports;

    /// <summary>The words beside the quotation that name its speaker (e.g. "Vladimir Putin told reporters"), selected in the same text.</summary>
    public string? AttributionQuote { get; set; }

    public int? AttributionStart { get; set; }

    public int? AttributionEnd { get; set; }

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Article) && string.IsNullOrWhiteSpace(Quote);

    [JsonIgnore]
    public string MainField => nameof(Quote);

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Article} {Start}–{End} ({Role}): “{Quote}”") +
        (AttributionQuote is null ? "" : string.Create(CultureInfo.InvariantCulture, $" said by “{AttributionQuote}” {AttributionStart}–{AttributionEnd}"));

    public BundleAppearance ToRecord() => new(Article.Trim(), Quote, Start, End, Role,
        AttributionQuote is { Length: > 0 } words && AttributionStart is { } from && AttributionEnd is { } to ? new BundleAttribution(words, from, to) : null);

    public EvidenceForm Copy() => (EvidenceForm)MemberwiseClone();
}

/// <summary>
/// A number the claim states, with its unit and the claim's own wording of it (e.g. "about $10bn"); when the text gives
/// no number ("millions of shells") a magnitude instead of a value.
/// </summary>
public sealed class QuantityForm : IFormRow
{
    public decimal? Value { get; set; }

    public QuantityMagnitude? Magnitude { get; set; }

    public string Unit { get; set; } = "";

    public bool Approximate { get; set; }

    public string? Text { get; set; }

    [JsonIgnore]
    public bool IsEmpty => Value is null && Magnitude is null && string.IsNullOrWhiteSpace(Unit);

    [JsonIgnore]
    public string MainField => nameof(Value);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(Approximate ? "~" : "")}{(Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Magnitude is { } m ? Labels.Of(m) : "")} {Unit}");

    /// <summary>As entered: a quantity with both a value and a magnitude, or neither, is refused by the domain beside its field.</summary>
    public BundleQuantity ToRecord() => new(Value, Unit.Trim(), Approximate, FormConflicts.Blank(Text), Magnitude);

    public QuantityForm Copy() => (QuantityForm)MemberwiseClone();
}
