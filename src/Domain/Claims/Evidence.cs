using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Domain.Claims;

/// <summary>Where a quotation sits in its article's stored text: the words around it and which paragraph it is in.</summary>
public sealed record QuoteInText(QuoteContext Context, int Paragraph, int Paragraphs);

/// <summary>
/// What a reader needs beside a quotation: its place in the stored text (null when the text is not stored or the
/// quotation is not found in it) and a link to the publisher, the article itself when its address is known, else
/// the outlet's home page.
/// </summary>
public sealed record AppearanceEvidence(int AppearanceId, QuoteInText? InText, string? PublisherUrl, bool PublisherIsArticle);

/// <summary>One quotation with everything needed to cite it: the claim, who said it, where and when it was published.</summary>
public sealed record QuotationView(ClaimRef Claim, ClaimantView Claimant, AppearanceView Appearance, AppearanceEvidence Evidence);

/// <summary>The claim's quotation a card or slide shows first.</summary>
public static class StrongestQuotation
{
    /// <summary>
    /// The quotation closest to the source: not one that disputes the claim; where it originates before where it is
    /// reported or relayed; from an outlet with reporting of its own before a copy; earliest first.
    /// </summary>
    public static AppearanceView? Of(IEnumerable<AppearanceView> appearances) => appearances
        .Where(a => a.Role != AppearanceRole.Disputes)
        .OrderBy(a => a.Role)
        .ThenByDescending(a => a.Origin.Id == a.Outlet.Id)
        .ThenBy(a => a.Article.Published.Start)
        .ThenBy(a => a.Id)
        .FirstOrDefault();
}
