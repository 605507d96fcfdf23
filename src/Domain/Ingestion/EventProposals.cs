using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 6's output: a dated happening in the text, matched to an event already in the timeline
/// (<see cref="MatchedEventId"/>) or proposed as a new one.
/// </summary>
public sealed record EventProposal(
    TextSpan Span,
    string Title,
    EventKind Kind,
    PartialDate Date,
    int? TimeExpression,
    IReadOnlyList<int> ActorMentions,
    int? MatchedEventId,
    string? MatchedEventSlug,
    double Confidence,
    string Reason);
