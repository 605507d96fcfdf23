using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Web.Components.Shared;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>
/// The article form: a <see cref="BundleArticle"/>'s description and publication as fields (the publication flattened,
/// so <c>published.date</c> is <see cref="PublishedDate"/>), its relations as rows. The text and its source are shown
/// in the reading pane, not edited here, and a save keeps them.
/// </summary>
public sealed class ArticleForm : IRecordForm<ArticleForm>
{
    public static ResourceKind Kind => ResourceKind.Article;

    public static string Noun => "article";

    public static string Route => "articles";

    [Required(ErrorMessage = "Give the article a slug."), StringLength(Domain.Common.Slug.MaxLength, ErrorMessage = "The slug is too long."),
     RegularExpression(Domain.Common.Slug.PatternText, ErrorMessage = "Use lower-case words joined by hyphens.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Choose the outlet that published it.")]
    public string? Outlet { get; set; }

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

    [RegularExpression(@"^https?://\S+$", ErrorMessage = "Give the publisher's link as an absolute address (https://...)."), StringLength(Limits.Url, ErrorMessage = "The address is too long.")]
    public string? CanonicalUrl { get; set; }

    [StringLength(Limits.Summary, ErrorMessage = "The summary is too long.")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Give the publication date, at least its year."), PartialDateText]
    public string PublishedDate { get; set; } = "";

    [TimeOfDay]
    public string? PublishedTime { get; set; }

    [IanaTimeZone]
    public string? PublishedTimeZone { get; set; }

    public DateBasis PublishedBasis { get; set; } = DateBasis.Stated;

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? PublishedNote { get; set; }

    public int Revision { get; set; }

    public List<RelationForm> Relations { get; set; } = [];

    /// <summary>The stored text and source, kept as they are by a save; not part of a draft.</summary>
    [JsonIgnore]
    public BundleArticle? Stored { get; set; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists =>
        new Dictionary<string, IReadOnlyList<IFormRow>> { ["relations"] = Relations };

    public static ArticleForm From(IBundleRecord record, int revision)
    {
        var a = (BundleArticle)record;
        return new()
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
            Stored = a,
        };
    }

    public void KeepUnedited(ArticleForm stored) => Stored = stored.Stored;

    public IBundleRecord ToRecord() => new BundleArticle(
        Slug.Trim(),
        (Outlet ?? "").Trim(),
        Headline.Trim(),
        Genre,
        new BundlePublished(PublishedDate.Trim(), FormConflicts.Blank(PublishedTime), FormConflicts.Blank(PublishedTimeZone), PublishedBasis, FormConflicts.Blank(PublishedNote)),
        Language.Trim(),
        FormConflicts.Blank(PrintHeadline),
        FormConflicts.Blank(Standfirst),
        FormConflicts.Blank(Byline),
        FormConflicts.Blank(Section),
        FormConflicts.Blank(Dateline),
        FormConflicts.Blank(CanonicalUrl),
        FormConflicts.Blank(Summary),
        Relations.Where(r => !r.IsEmpty).Select(r => new BundleRelation(r.Kind, FormConflicts.Blank(r.Article), FormConflicts.Blank(r.Outlet), FormConflicts.Blank(r.Note))).ToList(),
        Stored?.Source,
        Stored?.Text,
        Stored?.ContentHash);

    public static IReadOnlyList<FormField<ArticleForm>> Fields { get; } =
    [
        new("Outlet", f => f.Outlet, (m, t) => m.Outlet = t.Outlet),
        new("Headline", f => f.Headline, (m, t) => m.Headline = t.Headline),
        new("Print headline", f => f.PrintHeadline, (m, t) => m.PrintHeadline = t.PrintHeadline),
        new("Standfirst", f => f.Standfirst, (m, t) => m.Standfirst = t.Standfirst),
        new("Byline", f => f.Byline, (m, t) => m.Byline = t.Byline),
        new("Genre", f => Labels.Of(f.Genre), (m, t) => m.Genre = t.Genre),
        new("Section", f => f.Section, (m, t) => m.Section = t.Section),
        new("Dateline", f => f.Dateline, (m, t) => m.Dateline = t.Dateline),
        new("Language", f => f.Language, (m, t) => m.Language = t.Language),
        new("Publisher's link", f => f.CanonicalUrl, (m, t) => m.CanonicalUrl = t.CanonicalUrl),
        new("Summary", f => f.Summary, (m, t) => m.Summary = t.Summary),
        new("Published", Published, (m, t) =>
        {
            m.PublishedDate = t.PublishedDate;
            m.PublishedTime = t.PublishedTime;
            m.PublishedTimeZone = t.PublishedTimeZone;
            m.PublishedBasis = t.PublishedBasis;
            m.PublishedNote = t.PublishedNote;
        }),
        new("Relations", f => FormConflicts.Describe(f.Relations.Where(r => !r.IsEmpty).Select(r => $"{Labels.Of(r.Kind)} {r.Article ?? r.Outlet}")),
            (m, t) => m.Relations = t.Relations.Select(r => r.Copy()).ToList()),
    ];

    private static string Published(ArticleForm f) =>
        string.Join(" ", new[] { f.PublishedDate, f.PublishedTime, f.PublishedTimeZone, $"({Labels.Of(f.PublishedBasis)})", f.PublishedNote }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>The article is a syndicated copy of another article, or relays the reporting of an outlet (or of one of its articles).</summary>
public sealed class RelationForm : IFormRow
{
    public ArticleRelationKind Kind { get; set; } = ArticleRelationKind.SyndicatedCopyOf;

    public string? Article { get; set; }

    public string? Outlet { get; set; }

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? Note { get; set; }

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Article) && string.IsNullOrWhiteSpace(Outlet);

    [JsonIgnore]
    public string MainField => nameof(Article);

    public RelationForm Copy() => (RelationForm)MemberwiseClone();
}
