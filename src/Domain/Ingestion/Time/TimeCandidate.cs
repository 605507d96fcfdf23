using System.Text.RegularExpressions;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Time;

internal enum Family
{
    FullDate,
    NumericDate,
    DayMonth,
    MonthYear,
    MonthAlone,
    RelativeMonth,
    MonthPosition,
    Year,
    Decade,
    Weekday,
    Deictic,
    RelativeUnit,
    SeasonYear,
    UnitPosition,
    Ago,
    Offset,
    Anaphoric,
    Duration,
}

/// <summary>A match of one pattern family inside one part of the cleaned text, before resolution.</summary>
internal sealed record TimeCandidate(Family Family, Match Match)
{
    public int Start => Match.Index;

    public int End => Match.Index + Match.Length;

    public string Group(string name) => Match.Groups[name].Value;

    public bool Has(string name) => Match.Groups[name].Success;
}

/// <summary>What a rule made of a candidate.</summary>
internal sealed record Resolution(TimeKind Kind, PartialDate? Date, PartialDate? EndDate, double Confidence, string? Note = null)
{
    public static Resolution Unresolved(TimeKind kind, string note) => new(kind, null, null, 0.3, note);
}
