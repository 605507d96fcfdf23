using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Articles;

public enum Genre
{
    News,
    Analysis,
    Opinion,
    Editorial,
}

/// <summary>How the publication date is known.</summary>
public enum DateBasis
{
    /// <summary>Printed on the page (timestamp, dateline).</summary>
    Stated,

    /// <summary>The print edition's date.</summary>
    EditionDate,

    /// <summary>Worked out from the text ("lands in Pyongyang today").</summary>
    Inferred,
}

/// <summary>One piece of coverage by one outlet.</summary>
public sealed class Article : Entity
{
    private readonly List<ArticleRelation> _relations = [];

    private Article()
    {
    }

    public Article(string slug, Outlet outlet, string headline, Genre genre, Publication published, string language = "en")
    {
        SetSlug(slug, "article");
        Outlet = outlet;
        OutletId = outlet.Id;
        Headline = Required(headline, "Headline", Limits.Title);
        Genre = genre;
        Language = Required(language, "Language", 35);
        SetPublished(published);
    }

    public int OutletId { get; private set; }

    public Outlet Outlet { get; private set; } = null!;

    public string Headline { get; private set; } = "";

    public string? PrintHeadline { get; private set; }

    public string? Standfirst { get; private set; }

    /// <summary>Null for editorials and other institutional voices.</summary>
    public string? Byline { get; private set; }

    public Genre Genre { get; private set; }

    public string? Section { get; private set; }

    public string? Dateline { get; private set; }

    /// <summary>BCP 47 tag.</summary>
    public string Language { get; private set; } = "en";

    /// <summary>Only when known; never invented.</summary>
    public string? CanonicalUrl { get; private set; }

    public string? Summary { get; private set; }

    public PartialDate PublishedOn { get; private set; } = PartialDate.OfYear(2000);

    public TimeOnly? PublishedTime { get; private set; }

    /// <summary>IANA time zone of <see cref="PublishedTime"/>.</summary>
    public string? TimeZone { get; private set; }

    public DateBasis DateBasis { get; private set; }

    public string? DateNote { get; private set; }

    /// <summary>Sort and range key: the earliest UTC instant the publication date allows.</summary>
    public DateTime PublishedUtc { get; private set; }

    /// <summary>Name of the raw source document that appearance offsets refer to.</summary>
    public string? SourceName { get; private set; }

    /// <summary>SHA-256 (hex) of the raw source document.</summary>
    public string? SourceSha256 { get; private set; }

    /// <summary>Cleaned full text, for ingested articles we may store.</summary>
    public string? Text { get; private set; }

    /// <summary>SHA-256 (hex) of <see cref="Text"/>.</summary>
    public string? ContentHash { get; private set; }

    /// <summary>
    /// The outlet this article's reporting ultimately comes from: its own, or that of the article it
    /// is a syndicated copy of, or that of the outlet whose reporting it relays. Derived; see <see cref="Provenance"/>.
    /// </summary>
    public int? OriginOutletId { get; internal set; }

    public IReadOnlyList<ArticleRelation> Relations => _relations;

    public void Describe(string headline, string? printHeadline, string? standfirst, string? byline, Genre genre,
        string? section, string? dateline, string language, string? canonicalUrl, string? summary)
    {
        Headline = Required(headline, "Headline", Limits.Title);
        PrintHeadline = Optional(printHeadline, "Print headline", Limits.Title);
        Standfirst = Optional(standfirst, "Standfirst", Limits.ShortText);
        Byline = Optional(byline, "Byline", Limits.Name);
        Genre = genre;
        Section = Optional(section, "Section", Limits.Name);
        Dateline = Optional(dateline, "Dateline", Limits.Name);
        Language = Required(language, "Language", 35);
        CanonicalUrl = WebAddress.Optional(canonicalUrl, "Canonical URL");
        Summary = Optional(summary, "Summary", Limits.Summary);
    }

    public void MoveTo(Outlet outlet)
    {
        Outlet = outlet;
        OutletId = outlet.Id;
    }

    public void SetPublished(Publication published)
    {
        PublishedOn = published.Date;
        PublishedTime = published.Time;
        TimeZone = published.TimeZone;
        DateBasis = published.Basis;
        DateNote = Optional(published.Note, "Date note", Limits.Note);
        PublishedUtc = published.EarliestUtc();
    }

    public Publication Published => new(PublishedOn, PublishedTime, TimeZone, DateBasis, DateNote);

    public void SetSource(string? name, string? sha256)
    {
        SourceName = Optional(name, "Source name", Limits.Name);
        SourceSha256 = Optional(sha256, "Source SHA-256", 64)?.ToLowerInvariant();
    }

    public void SetText(string? text)
    {
        if (text is { Length: > Limits.FullText })
        {
            throw new DomainException($"Article text is {text.Length} characters long; the limit is {Limits.FullText}.");
        }

        Text = string.IsNullOrEmpty(text) ? null : text;
        ContentHash = Text is null ? null : Hashing.Sha256Hex(Text);
    }

    public void ReplaceRelations(IEnumerable<ArticleRelation> relations)
    {
        _relations.Clear();
        foreach (var relation in relations)
        {
            if (relation.TargetArticle == this)
            {
                throw new DomainException($"Article '{Slug}' cannot be related to itself.");
            }

            _relations.Add(relation);
        }
    }
}
