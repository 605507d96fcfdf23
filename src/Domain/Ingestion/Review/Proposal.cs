using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Ingestion.Review;

public enum ProposalKind
{
    /// <summary>The article itself: outlet, headline, date, genre, byline. Accepting creates the article with its text.</summary>
    ArticleMetadata,

    /// <summary>An actor the text names: a known one (accepting confirms the resolution) or a new one (accepting creates it).</summary>
    Actor,

    /// <summary>A time expression and the date it resolves to; accepting confirms it (it writes no record of its own).</summary>
    Time,

    /// <summary>A new claim with its quotation; accepting creates the claim.</summary>
    Claim,

    /// <summary>A dated happening: a new event (accepting creates it) or a known one (accepting links the article to it).</summary>
    Event,

    /// <summary>A known article this one is, copies or relays; accepting records the syndication or relay.</summary>
    ArticleMatch,

    /// <summary>A known claim this article repeats in its own words; accepting adds the quotation as an appearance of that claim.</summary>
    ClaimMatch,
}

public enum ProposalStatus
{
    Proposed,
    Accepted,
    Rejected,

    /// <summary>Changed by an editor and not yet accepted; accepting writes the editor's version.</summary>
    Edited,
}

/// <summary>
/// One thing the pipeline proposes, pointing at the words that support it: its span in the ingestion's cleaned
/// text and in the raw input, a confidence, the known record it matched, and a payload in the shape of the
/// dataset bundle (so an editor edits it like any record, and accepting writes it through the same path as the
/// write API).
/// </summary>
public sealed class Proposal
{
    private Proposal()
    {
    }

    public Proposal(int ordinal, ProposalKind kind, TextSpan? span, TextSpan? rawSpan, double confidence, string label, string? reason,
        KnownRecord? matched, string? proposedSlug, string payload)
    {
        Ordinal = ordinal;
        Kind = kind;
        Start = span?.Start;
        End = span?.End;
        RawStart = rawSpan?.Start;
        RawEnd = rawSpan?.End;
        Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 3);
        Label = label.Length > 300 ? label[..299] + "…" : label;
        Reason = reason is { Length: > 1000 } ? reason[..999] + "…" : reason;
        MatchedType = matched?.Type;
        MatchedId = matched?.Id;
        MatchedSlug = matched?.Slug;
        MatchedWikidataId = matched?.WikidataId;
        ProposedSlug = proposedSlug;
        Payload = payload;
        ProposedPayload = payload;
    }

    public int Id { get; private set; }

    public int IngestionId { get; private set; }

    /// <summary>Position in the ingestion, in the order the pipeline proposed it.</summary>
    public int Ordinal { get; private set; }

    public ProposalKind Kind { get; private set; }

    public ProposalStatus Status { get; private set; }

    public int? Start { get; private set; }

    public int? End { get; private set; }

    public int? RawStart { get; private set; }

    public int? RawEnd { get; private set; }

    public double Confidence { get; private set; }

    /// <summary>One line for a review list: "New actor: Duyeon Kim", "Claim by Vladimir Putin: …".</summary>
    public string Label { get; private set; } = "";

    /// <summary>Why the pipeline proposes it (the stage's own note).</summary>
    public string? Reason { get; private set; }

    public ResourceKind? MatchedType { get; private set; }

    public int? MatchedId { get; private set; }

    public string? MatchedSlug { get; private set; }

    public string? MatchedWikidataId { get; private set; }

    /// <summary>The slug of the record accepting would create, so two pending proposals never claim the same one.</summary>
    public string? ProposedSlug { get; private set; }

    /// <summary>JSON in the bundle's shape: what accepting writes (the editor's version once edited).</summary>
    public string Payload { get; private set; } = "";

    /// <summary>JSON: the pipeline's own proposal, kept when an editor changes it (the difference is feedback for the stages).</summary>
    public string ProposedPayload { get; private set; } = "";

    public int Revision { get; private set; } = 1;

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewNote { get; private set; }

    /// <summary>What accepting wrote: "created claim some-slug", "added an appearance to claim other-slug".</summary>
    public string? Outcome { get; private set; }

    public KnownRecord? Matched =>
        MatchedType is { } type && MatchedSlug is { } slug ? new KnownRecord(type, MatchedId ?? 0, slug, MatchedWikidataId) : null;

    public bool IsOpen => Status is ProposalStatus.Proposed or ProposalStatus.Edited;

    internal void Of(int ingestionId) => IngestionId = ingestionId;

    public void Edit(string payload, string? proposedSlug, string by, DateTime at, string? note)
    {
        Payload = payload;
        ProposedSlug = proposedSlug;
        Status = ProposalStatus.Edited;
        Review(by, at, note);
    }

    public void Accept(string outcome, string by, DateTime at, string? note)
    {
        Status = ProposalStatus.Accepted;
        Outcome = outcome.Length > 500 ? outcome[..499] + "…" : outcome;
        Review(by, at, note);
    }

    public void Reject(string by, DateTime at, string? note)
    {
        Status = ProposalStatus.Rejected;
        Review(by, at, note);
    }

    private void Review(string by, DateTime at, string? note)
    {
        ReviewedBy = by.Length > 200 ? by[..200] : by;
        ReviewedAt = at;
        ReviewNote = string.IsNullOrWhiteSpace(note) ? ReviewNote : note.Trim() is { Length: > 2000 } n ? n[..2000] : note.Trim();
        Revision++;
    }
}

/// <summary>A record of the knowledge base a proposal matched: its type, id, slug and (for actors) Wikidata id.</summary>
public sealed record KnownRecord(ResourceKind Type, int Id, string Slug, string? WikidataId = null);
