using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Web.Editor;

/// <summary>
/// The article editor's form: a <see cref="BundleArticle"/>'s description and publication as fields (the
/// publication flattened, so <c>published.date</c> is <see cref="PublishedDate"/>), its relations as rows.
/// The text and its source are not on the form: they come in through an import and are kept.
/// </summary>
internal sealed class ArticleForm
{
    [Required(ErrorMessage = "Give the article a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Choose the outlet.")]
    public string Outlet { get; set; } = "";

    [Required(ErrorMessage = "Give the headline."), StringLength(Limits.Title, ErrorMessage = "The headline is too long.")]
    public string Headline { get; set; } = "";

    [StringLength(Limits.Title, ErrorMessage = "The print headline is too long.")]
    public string? PrintHeadline { get; set; }

    [StringLength(Limits.ShortText, ErrorMessage = "The standfirst is too long.")]
    public string? Standfirst { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The byline is too long.")]
    public string? Byline { get; set; }

    public Genre Genre { get; set; } = Genre.News;

    [StringLength(Limits.Name, ErrorMessage = "The section is too long.")]
    public string? Section { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The dateline is too long.")]
    public string? Dateline { get; set; }

    [Required(ErrorMessage = "Give the language, e.g. en."), RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "A language tag looks like en, ru or en-GB.")]
    public string Language { get; set; } = "en";

    [RegularExpression(@"^https?://\S+$", ErrorMessage = "Give an absolute address (https://...)."), StringLength(Limits.Url, ErrorMessage = "The address is too long.")]
    public string? CanonicalUrl { get; set; }

    [StringLength(Limits.Summary, ErrorMessage = "The summary is too long.")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Give the publication date, e.g. 2024-06-19.")]
    public string PublishedDate { get; set; } = "";

    public string? PublishedTime { get; set; }

    [IanaTimeZone]
    public string? PublishedTimeZone { get; set; }

    public DateBasis PublishedBasis { get; set; } = DateBasis.Stated;

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? PublishedNote { get; set; }

    /// <summary>The revision the form was loaded at: saving fails with a conflict if the article has moved on since.</summary>
    public int Revision { get; set; }

    public List<RelationForm> Relations { get; set; } = [];

    public static ArticleForm From(BundleArticle a, int revision) => new()
    {
        Slug = a.Slug,
        Outlet = a.Outlet,
        Headline = a.Headline,
        PrintHeadline = a.PrintHeadline,
        Standfirst = a.Standfirst,
        Byline = a.Byline,
        Genre = a.Genre,
        Section = a.Section,
        Dateline = a.Dateline,
        Language = a.Language,
        CanonicalUrl = a.CanonicalUrl,
        Summary = a.Summary,
        PublishedDate = a.Published.Date,
        PublishedTime = a.Published.Time,
        PublishedTimeZone = a.Published.TimeZone,
        PublishedBasis = a.Published.Basis,
        PublishedNote = a.Published.Note,
        Revision = revision,
        Relations = (a.Relations ?? []).Select(r => new RelationForm { Kind = r.Kind, Article = r.Article, Outlet = r.Outlet, Note = r.Note }).ToList(),
    };

    /// <summary>The record to save; the text, its source and hash are kept from <paramref name="saved"/>.</summary>
    public BundleArticle ToRecord(BundleArticle? saved) => new(
        Slug.Trim(),
        Outlet.Trim(),
        Headline.Trim(),
        Genre,
        new BundlePublished(PublishedDate.Trim(), Blank(PublishedTime), Blank(PublishedTimeZone), PublishedBasis, Blank(PublishedNote)),
        Language.Trim(),
        Blank(PrintHeadline),
        Blank(Standfirst),
        Blank(Byline),
        Blank(Section),
        Blank(Dateline),
        Blank(CanonicalUrl),
        Blank(Summary),
        Relations.Where(r => !r.IsEmpty).Select(r => new BundleRelation(r.Kind, Blank(r.Article), Blank(r.Outlet), Blank(r.Note))).ToList(),
        saved?.Source,
        saved?.Text,
        saved?.ContentHash);

    public static IReadOnlyList<(string Field, string Saved)> Differences(ArticleForm mine, ArticleForm saved) => new FieldDifferences()
        .Compare("Outlet", mine.Outlet, saved.Outlet)
        .Compare("Headline", mine.Headline, saved.Headline)
        .Compare("Print headline", mine.PrintHeadline, saved.PrintHeadline)
        .Compare("Standfirst", mine.Standfirst, saved.Standfirst)
        .Compare("Byline", mine.Byline, saved.Byline)
        .Compare("Genre", mine.Genre.ToString(), saved.Genre.ToString())
        .Compare("Section", mine.Section, saved.Section)
        .Compare("Dateline", mine.Dateline, saved.Dateline)
        .Compare("Language", mine.Language, saved.Language)
        .Compare("Canonical URL", mine.CanonicalUrl, saved.CanonicalUrl)
        .Compare("Summary", mine.Summary, saved.Summary)
        .Compare("Published", Published(mine), Published(saved))
        .Compare("Relations", Describe(mine.Relations), Describe(saved.Relations))
        .Fields;

    private static string Published(ArticleForm f) =>
        string.Join(" ", new[] { f.PublishedDate, f.PublishedTime, f.PublishedTimeZone, $"({f.PublishedBasis})", f.PublishedNote }.Where(s => !string.IsNullOrWhiteSpace(s)));

    // The stored order is not meaningful, so a reordering is no difference.
    private static string Describe(IEnumerable<RelationForm> relations) =>
        string.Join("; ", relations.Where(r => !r.IsEmpty).Select(r => $"{r.Kind} {r.Article ?? r.Outlet}").Order(StringComparer.Ordinal));

    private static string? Blank(string? value) => FieldDifferences.Blank(value);
}

/// <summary>The article is a syndicated copy of another article, or relays the reporting of an outlet (or of one of its articles).</summary>
internal sealed class RelationForm : IFormRow
{
    public ArticleRelationKind Kind { get; set; } = ArticleRelationKind.SyndicatedCopyOf;

    public string? Article { get; set; }

    public string? Outlet { get; set; }

    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Article) && string.IsNullOrWhiteSpace(Outlet);

    public string MainField => nameof(Article);
}

/// <summary>An IANA time zone id this server knows, such as Asia/Pyongyang or Europe/Moscow.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IanaTimeZoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string { Length: > 0 } id || TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _)
            ? ValidationResult.Success
            : new ValidationResult("Use an IANA time zone such as Asia/Pyongyang or Europe/Moscow.", [validationContext.MemberName!]);
}
