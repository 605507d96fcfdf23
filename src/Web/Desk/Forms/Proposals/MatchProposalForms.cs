using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Desk.Forms.Proposals;

/// <summary>A known claim this article repeats: which claim (chosen by its words) and the quotation's role; the quotation is the text's.</summary>
public sealed class ClaimMatchProposalForm(ClaimMatchPayload payload) : ProposalForm
{
    [Required(ErrorMessage = "Choose the claim this quotation repeats.")]
    public string? Claim { get; set; } = payload.Claim;

    public AppearanceRole Role { get; set; } = payload.Appearance.Role;

    /// <summary>The quotation in this article; its offsets were computed from the text, never typed.</summary>
    public BundleAppearance Appearance { get; } = payload.Appearance;

    public override object ToPayload() => payload with { Claim = Claim?.Trim() ?? "", Appearance = Appearance with { Role = Role } };

    protected override IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts => [(this, NoLists, "payload.")];
}

/// <summary>A known article this one is, copies or relays: which article (by headline), how, and for a relay the outlet relayed.</summary>
public sealed class ArticleMatchProposalForm(ArticleMatchPayload payload) : ProposalForm
{
    [Required(ErrorMessage = "Choose the article.")]
    public string? Article { get; set; } = payload.Article;

    public ArticleMatchKind Match { get; set; } = payload.Match;

    public string? Outlet { get; set; } = payload.Outlet;

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? Note { get; set; } = payload.Note;

    public override object ToPayload() =>
        new ArticleMatchPayload(Article?.Trim() ?? "", Match, Match == ArticleMatchKind.Relays ? FormConflicts.Blank(Outlet) : null, FormConflicts.Blank(Note));

    protected override IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts => [(this, NoLists, "payload.")];
}
