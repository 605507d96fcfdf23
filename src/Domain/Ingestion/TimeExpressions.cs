using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion;

public enum TimeKind
{
    /// <summary>A date in the text's own words ("in 1961", "June 19th 2024").</summary>
    Absolute,

    /// <summary>Resolved against the article's date ("on Wednesday", "last September", "today").</summary>
    Relative,

    /// <summary>A span of time ("24 years", "months earlier"); <see cref="TimeExpression.Date"/> is the point it leads to, when one can be worked out.</summary>
    Duration,
}

/// <summary>
/// Stage 4's output: a time expression, resolved to an ISO 8601 date with honest precision
/// (<see cref="PartialDate"/>; approximate when the words are), or left unresolved (Date null) with the reason.
/// </summary>
public sealed record TimeExpression(
    TextSpan Span,
    string Text,
    TimeKind Kind,
    PartialDate? Date,
    PartialDate? EndDate,
    double Confidence,
    string? Note = null);
