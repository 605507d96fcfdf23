using System.ComponentModel.DataAnnotations;
using System.Globalization;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Web.Editor;

/// <summary>The claim editor's form: a <see cref="BundleClaim"/> as fields, lists as comma-separated slugs.</summary>
internal sealed class ClaimForm
{
    [Required(ErrorMessage = "Give the claim a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Write what was claimed."), StringLength(Limits.Summary, ErrorMessage = "The text is too long.")]
    public string Text { get; set; } = "";

    public ClaimKind Kind { get; set; } = ClaimKind.FactualAssertion;

    public string? ClaimantActor { get; set; }

    public string? ClaimantOutlet { get; set; }

    /// <summary>Set when the text does not name the claimant and the attribution is the editor's; <see cref="ClaimantNote"/> says why.</summary>
    public bool ClaimantInferred { get; set; }

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? ClaimantNote { get; set; }

    public Hedging Hedging { get; set; } = Hedging.Asserted;

    public ReviewStatus Status { get; set; } = ReviewStatus.Unreviewed;

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? StatusNote { get; set; }

    public string? Subjects { get; set; }

    public string? Events { get; set; }

    /// <summary>The revision the form was loaded at: saving fails with a conflict if the claim has moved on since.</summary>
    public int Revision { get; set; }

    public List<EvidenceForm> Appearances { get; set; } = [];

    public List<QuantityForm> Quantities { get; set; } = [];

    public static ClaimForm From(BundleClaim c, int revision) => new()
    {
        Slug = c.Slug,
        Text = c.Text,
        Kind = c.Kind,
        ClaimantActor = c.ClaimantActor,
        ClaimantOutlet = c.ClaimantOutlet,
        ClaimantInferred = c.ClaimantInferred,
        ClaimantNote = c.ClaimantNote,
        Hedging = c.Hedging,
        Status = c.Status,
        StatusNote = c.StatusNote,
        Subjects = Join(c.Subjects),
        Events = Join(c.Events),
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

    /// <summary>The record to save (a quantity row with neither a number nor a magnitude is refused beside its field before this is called).</summary>
    public BundleClaim ToRecord() => new(
        Slug.Trim(),
        Text.Trim(),
        Kind,
        Blank(ClaimantActor),
        Blank(ClaimantOutlet),
        Split(Subjects),
        Split(Events),
        Hedging,
        Quantities.Where(q => !q.IsEmpty).Select(q => new BundleQuantity(q.Value, q.Unit.Trim(), q.Approximate, Blank(q.Text), q.Magnitude)).ToList(),
        Status,
        Blank(StatusNote),
        Appearances.Where(a => !a.IsEmpty)
            .Select(a => new BundleAppearance(a.Article.Trim(), a.Quote, a.Start ?? 0, a.End ?? 0, a.Role, a.Attribution)).ToList(),
        ClaimantInferred,
        Blank(ClaimantNote));

    /// <summary>The fields whose saved value differs from this form's, with the saved value as people read it.</summary>
    public static IReadOnlyList<(string Field, string Saved)> Differences(ClaimForm mine, ClaimForm saved)
    {
        var differences = new List<(string, string)>();
        void Compare(string field, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
            {
                differences.Add((field, string.IsNullOrEmpty(b) ? "(empty)" : b));
            }
        }

        Compare("Text", mine.Text, saved.Text);
        Compare("Kind", mine.Kind.ToString(), saved.Kind.ToString());
        Compare("Claimant (actor)", mine.ClaimantActor, saved.ClaimantActor);
        Compare("Claimant (outlet)", mine.ClaimantOutlet, saved.ClaimantOutlet);
        Compare("Attribution inferred", mine.ClaimantInferred ? "yes" : "no", saved.ClaimantInferred ? "yes" : "no");
        Compare("Why inferred", mine.ClaimantNote, saved.ClaimantNote);
        Compare("Hedging", mine.Hedging.ToString(), saved.Hedging.ToString());
        Compare("Review status", mine.Status.ToString(), saved.Status.ToString());
        Compare("Status note", mine.StatusNote, saved.StatusNote);
        Compare("Subjects", Join(Split(mine.Subjects)), Join(Split(saved.Subjects)));
        Compare("Events", Join(Split(mine.Events)), Join(Split(saved.Events)));
        Compare("Evidence", Describe(mine.Appearances), Describe(saved.Appearances));
        Compare("Quantities", Describe(mine.Quantities), Describe(saved.Quantities));
        return differences;
    }

    private static string Describe(IEnumerable<EvidenceForm> evidence) =>
        string.Join("; ", evidence.Where(a => !a.IsEmpty).Select(a => string.Create(CultureInfo.InvariantCulture,
                $"{a.Article} {a.Start}–{a.End} ({a.Role}): “{a.Quote}”{(a.Attribution is { } at ? $" — “{at.Quote}” {at.Start}–{at.End}" : "")}"))
            .Order(StringComparer.Ordinal)); // the stored order is not meaningful, so a reordering is no difference

    private static string Describe(IEnumerable<QuantityForm> quantities) =>
        string.Join("; ", quantities.Where(q => !q.IsEmpty).Select(q => string.Create(CultureInfo.InvariantCulture,
                $"{(q.Approximate ? "~" : "")}{(q.Magnitude is { } m ? m.Words() : q.Value)} {q.Unit}"))
            .Order(StringComparer.Ordinal));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Join(IEnumerable<string>? items) => string.Join(", ", items ?? []);

    private static List<string> Split(string? items) =>
        (items ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>One evidence quotation: the article, the exact quoted span and its character offsets.</summary>
internal sealed class EvidenceForm : IFormRow
{
    public string Article { get; set; } = "";

    public string Quote { get; set; } = "";

    public int? Start { get; set; }

    public int? End { get; set; }

    public AppearanceRole Role { get; set; } = AppearanceRole.Reports;

    /// <summary>The words next to the quotation that name its speaker, when the quotation does not (optional).</summary>
    public string? AttributionQuote { get; set; }

    public int? AttributionStart { get; set; }

    public int? AttributionEnd { get; set; }

    public BundleAttribution? Attribution => string.IsNullOrWhiteSpace(AttributionQuote)
        ? null
        : new BundleAttribution(AttributionQuote, AttributionStart ?? 0, AttributionEnd ?? 0);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Article) && string.IsNullOrWhiteSpace(Quote);

    public string MainField => nameof(Quote);
}

/// <summary>
/// A number the claim states, with its unit and the claim's own wording of it (e.g. "about $10bn"), or only its
/// magnitude when the text gives no number ("millions of shells").
/// </summary>
internal sealed class QuantityForm : IFormRow
{
    public decimal? Value { get; set; }

    public QuantityMagnitude? Magnitude { get; set; }

    public string Unit { get; set; } = "";

    public bool Approximate { get; set; }

    public string? Text { get; set; }

    public bool IsEmpty => Value is null && Magnitude is null && string.IsNullOrWhiteSpace(Unit);

    public string MainField => nameof(Value);
}
