using System.Text.Json;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Ingestion.Review;

public sealed record ProposalCountsView(int Proposed, int Edited, int Accepted, int Rejected);

/// <summary>An ingestion in a list: what came in, when and from whom, and how far its review has got.</summary>
public sealed record IngestionSummaryView(
    int Id, string? Headline, string? FileName, string? Url, SourceFormat Format, string SubmittedBy, DateTime SubmittedAt,
    string? ArticleSlug, string Status, ProposalCountsView Counts, int Revision);

/// <summary>A span of the ingestion's cleaned text (with its words) or of the raw input (offsets only).</summary>
public sealed record SpanView(int Start, int End, string? Text);

/// <summary>The knowledge-base record a proposal matched, with where to read it.</summary>
public sealed record MatchedView(ResourceKind Type, int Id, string Slug, string? WikidataId, string Href);

public sealed record ReviewView(string By, DateTime At, string? Note, string? Outcome);

/// <summary>One proposal: what it says (payload, in the bundle's shape), the words it rests on, how sure the pipeline is, and its review.</summary>
public sealed record ProposalView(
    int Id, int Ordinal, ProposalKind Kind, ProposalStatus Status, string Label, SpanView? Span, SpanView? RawSpan, double Confidence,
    string? Reason, MatchedView? Matched, JsonElement Payload, JsonElement? ProposedPayload, ReviewView? Review, int Revision);

public sealed record IngestedOutletView(string Slug, string Name, bool Known);

/// <summary>The article an ingestion is about: the one proposed (from its article proposal, as edited) or the known one it matched.</summary>
public sealed record IngestedArticleView(
    string Slug, bool Known, int? Id, string Headline, IngestedOutletView? Outlet, PublishedView? Published, string? PublishedDate, Genre Genre,
    string? Byline, string? Dateline, string? Standfirst, string? Language, string? CanonicalUrl, int? ProposalId);

/// <summary>How a known article was recognised, and what became of its stored quotations.</summary>
public sealed record RecognitionView(string How, AnchorReport? Anchors);

/// <summary>One ingestion in full: its input, the cleaned text every span points into, the article and every proposal.</summary>
public sealed record IngestionView(
    int Id, string Status, string SubmittedBy, DateTime SubmittedAt, SourceFormat Format, string? FileName, string? Url, string? OutletHint,
    string? PublishedHint, string RawSha256, int RawLength, string ContentHash, string PipelineVersion, IngestedArticleView? Article,
    RecognitionView? Recognition, ProposalCountsView Counts, string Text, IReadOnlyList<ProposalView> Proposals, int Revision, DateTime UpdatedAt);
