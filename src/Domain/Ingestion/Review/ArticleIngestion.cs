using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// One article as it was submitted and what the pipeline made of it: the raw input's hash and hints, who sent it
/// and when, its cleaned text (every proposal's span points into it), the article it produced or matched, and the
/// proposals waiting for an editor. Nothing here is part of the public knowledge base until a proposal is accepted.
/// </summary>
public sealed class ArticleIngestion
{
    private readonly List<Proposal> _proposals = [];

    private ArticleIngestion()
    {
    }

    public ArticleIngestion(RawArticle raw, string rawSha256, CleanedArticle cleaned, string? headline, string submittedBy, DateTime submittedAt, string pipelineVersion)
    {
        Headline = Clip(headline, Limits.Title);
        RawSha256 = rawSha256;
        RawLength = raw.Content.Length;
        Format = raw.Format;
        Url = Clip(raw.Url, Limits.Url);
        OutletHint = Clip(raw.OutletHint, Limits.Name);
        PublishedHint = Clip(raw.PublishedHint, 40);
        FileName = Clip(raw.FileName, Limits.Name);
        Text = cleaned.Text;
        ContentHash = Hashing.Sha256Hex(cleaned.Text);
        SubmittedBy = Clip(submittedBy, Limits.Name) ?? "unknown";
        SubmittedAt = submittedAt;
        UpdatedAt = submittedAt;
        PipelineVersion = Clip(pipelineVersion, 100) ?? "unknown";
    }

    public int Id { get; private set; }

    /// <summary>SHA-256 (hex) of the raw input as UTF-8: the same document posted twice is one ingestion.</summary>
    public string RawSha256 { get; private set; } = "";

    /// <summary>Length of the raw input in UTF-16 code units (the raw spans of proposals fall inside it).</summary>
    public int RawLength { get; private set; }

    public SourceFormat Format { get; private set; }

    public string? Url { get; private set; }

    public string? OutletHint { get; private set; }

    public string? PublishedHint { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The headline as found (or as known, for a recognised article), for lists.</summary>
    public string? Headline { get; private set; }

    /// <summary>The cleaned text every proposal's span points into.</summary>
    public string Text { get; private set; } = "";

    /// <summary>SHA-256 (hex) of <see cref="Text"/>; equal to the article's ContentHash once the text is attached.</summary>
    public string ContentHash { get; private set; } = "";

    public string SubmittedBy { get; private set; } = "";

    public DateTime SubmittedAt { get; private set; }

    public string PipelineVersion { get; private set; } = "";

    /// <summary>The article this ingestion produced (once its metadata proposal is accepted) or recognised as already known.</summary>
    public int? ArticleId { get; private set; }

    public string? ArticleSlug { get; private set; }

    /// <summary>How a known article was recognised (url, source-sha256, content-hash, outlet-headline); null for a new one.</summary>
    public string? Recognition { get; private set; }

    /// <summary>JSON: what became of the known article's stored quotations when its text was attached (see <see cref="AnchorReport"/>).</summary>
    public string? AnchorReportJson { get; private set; }

    /// <summary>Increases whenever a proposal changes, so the ingestion's ETag does too.</summary>
    public int Revision { get; private set; } = 1;

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<Proposal> Proposals => _proposals;

    public void Add(Proposal proposal) => _proposals.Add(proposal);

    /// <summary>The key the database gave it, written to its proposals too (they are inserted after it, by a writer that tracks nothing).</summary>
    internal void Stored(int id)
    {
        Id = id;
        foreach (var proposal in _proposals)
        {
            proposal.Of(id);
        }
    }

    public void Recognise(int articleId, string articleSlug, string how, string? anchorReportJson)
    {
        ArticleId = articleId;
        ArticleSlug = articleSlug;
        Recognition = how;
        AnchorReportJson = anchorReportJson;
    }

    public void Produced(int articleId, string articleSlug)
    {
        ArticleId = articleId;
        ArticleSlug = articleSlug;
    }

    public void Touch(DateTime utcNow)
    {
        Revision++;
        UpdatedAt = utcNow;
    }

    private static string? Clip(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is { } v && v.Length > max ? v[..max] : value.Trim();
}
