using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>Who a proposed claim is attributed to: a mention in the text, or the outlet's own voice.</summary>
public sealed record Claimant(
    int? MentionIndex,
    bool OutletVoice,
    TextSpan? AttributionSpan,
    bool Inferred,
    string? Note);

/// <summary>A number the claim states; a magnitude ("millions") has no <see cref="Value"/>.</summary>
public sealed record QuantityProposal(TextSpan Span, decimal? Value, string Unit, bool Approximate, string Text);

/// <summary>Words in quotation marks inside a claim (<see cref="Span"/> without the marks), with who the text says spoke them.</summary>
public sealed record QuotedWords(TextSpan Span, Claimant Speaker);

/// <summary>
/// Stage 5's output: a direct quote, reported speech, factual assertion, prediction or opinion, with the exact
/// span that is its evidence (<see cref="Span"/>, what an editor would quote), its claimant and subjects as
/// indexes into the stage 3 mentions, and a neutral statement (<see cref="Text"/>) for the editor to refine.
/// </summary>
public sealed record ClaimProposal(
    TextSpan Span,
    string Quote,
    string Text,
    ClaimKind Kind,
    Hedging Hedging,
    Claimant Claimant,
    IReadOnlyList<int> SubjectMentions,
    IReadOnlyList<QuantityProposal> Quantities,
    IReadOnlyList<int> TimeExpressions,
    double Confidence,
    IReadOnlyList<QuotedWords> Quotations);
