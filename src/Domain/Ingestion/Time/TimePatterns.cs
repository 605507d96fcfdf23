using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Ingestion.Time;

/// <summary>
/// The shapes of time expressions, one compiled pattern per family (as chrono-node has one parser per family).
/// Month and weekday names must be capitalised, so "may" and "march" as verbs never match.
/// </summary>
internal static partial class TimePatterns
{
    public const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
    private const string Day = @"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Year = @"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})";
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    public const string Number = @"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+few|few|several|a\s+couple\s+of|a\s+dozen|dozens\s+of|a\s+half|half\s+a)";
    private const string Modifier = @"(?:(?<mod>just\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+|less\s+than\s+|under\s+|over\s+|some\s+|around\s+|roughly\s+|barely\s+|only\s+))?";
    private const string Unit = @"(?<u>days?|weeks?|months?|years?|decades?|centur(?:y|ies))";

    /// <summary>"June 19th 2024", "June 18, 2024", "19 June 2024", "19-20 June 2024" with an optional second day.</summary>
    [GeneratedRegex(@"\b(?:(?<m>" + Month + @")\s+(?<d>" + Day + @")(?:\s*[-–]\s*(?<d2>" + Day + @"))?,?\s+(?<y>" + Year + @")|(?<d>" + Day + @")(?:\s*[-–]\s*(?<d2>" + Day + @"))?\s+(?:of\s+)?(?<m>" + Month + @"),?\s+(?<y>" + Year + @"))\b", RegexOptions.CultureInvariant)]
    public static partial Regex FullDate();

    /// <summary>"2024-06-19" and "20.06.2024" (day first, the European order).</summary>
    [GeneratedRegex(@"\b(?:(?<y>" + Year + @")-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12][0-9]|3[01])|(?<dd>0?[1-9]|[12][0-9]|3[01])\.(?<mm>0?[1-9]|1[0-2])\.(?<y>" + Year + @"))\b", RegexOptions.CultureInvariant)]
    public static partial Regex NumericDate();

    /// <summary>"June 19th", "19 June", "June 19-20" without a year.</summary>
    [GeneratedRegex(@"\b(?:(?<m>" + Month + @")\s+(?<d>" + Day + @")(?:\s*[-–]\s*(?<d2>" + Day + @"))?|(?<d>" + Day + @")(?:\s*[-–]\s*(?<d2>" + Day + @"))?\s+(?:of\s+)?(?<m>" + Month + @"))\b(?![,.]?\s*\d)", RegexOptions.CultureInvariant)]
    public static partial Regex DayMonth();

    /// <summary>"March 2000", "early March 2000".</summary>
    [GeneratedRegex(@"\b(?:(?<mod>early|mid|late)[\s-]+)?(?<m>" + Month + @"),?\s+(?:of\s+)?(?<y>" + Year + @")\b", RegexOptions.CultureInvariant)]
    public static partial Regex MonthYear();

    /// <summary>A month alone after a word that makes it a date: "in March", "last September", "the end of June".</summary>
    [GeneratedRegex(@"(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Bb]etween|and|or|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]hrough|[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ame|[Ff]or)[\s-]+)(?:(?<mod>early|late|mid)[\s-]+)?(?<m>" + Month + @")\b(?!\s+(?:\d|of\s+\d))", RegexOptions.CultureInvariant)]
    public static partial Regex MonthAlone();

    /// <summary>"last September", "next March", "this June": the modifier belongs to the expression.</summary>
    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?<m>" + Month + @")\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    public static partial Regex RelativeMonth();

    /// <summary>"the end of June": the position belongs to the expression.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<pos>end|start|beginning|middle)\s+of\s+(?<m>" + Month + @")\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    public static partial Regex MonthPosition();

    /// <summary>A four-digit year, or a span of years ("2016-17", "1990–1991").</summary>
    [GeneratedRegex(@"(?<![\d$£€¥₩,.#/:-])\b(?<y>" + Year + @")(?:\s*[-–]\s*(?<y2>\d{2}(?!\d)|" + Year + @"))?\b(?![,.:]?\d)(?!\s*(?:%|per\s*cent|percent))", RegexOptions.CultureInvariant)]
    public static partial Regex YearNumber();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?<dec>1[0-9]{2}0|20[0-9]0)s\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Decade();

    [GeneratedRegex(@"\b(?:(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?(?<w>" + Weekday + @")\b", RegexOptions.CultureInvariant)]
    public static partial Regex WeekdayName();

    [GeneratedRegex(@"\b(?<w>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Deictic();

    /// <summary>"last week", "this year", "next spring", "earlier this month", "the past year".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>earlier|later)\s+)?(?:the\s+)?(?<rel>last|this|next|past|coming|previous|following)\s+(?<u>week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter)\b(?!['’]s?\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RelativeUnit();

    /// <summary>"this week's summit" keeps its possessive but the same meaning.</summary>
    [GeneratedRegex(@"\b(?<rel>last|this|next|past)\s+(?<u>week|month|year)['’]s?(?=\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RelativeUnitPossessive();

    [GeneratedRegex(@"\b(?<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?<y>" + Year + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex SeasonYear();

    /// <summary>"the end of the year", "the start of next year", "the turn of the century".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<pos>end|start|beginning|middle|turn)\s+of\s+(?:(?<rel>the|this|next|last)\s+)(?<u>year|month|week|decade|century)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex UnitPosition();

    [GeneratedRegex(@"\b" + Modifier + @"(?<n>" + Number + @")\s+" + Unit + @"\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Ago();

    /// <summary>"a year earlier", "months earlier", "six years away", "two years later", "four decades after ...".</summary>
    [GeneratedRegex(@"\b" + Modifier + @"(?:(?<n>" + Number + @")\s+)?" + Unit + @"\s+(?<dir>earlier|later|before|after|afterwards|away|on)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Offset();

    /// <summary>"the following year", "the same year", "that year".</summary>
    [GeneratedRegex(@"\b(?:the\s+(?<rel>following|previous|same)|(?<rel>that))\s+(?<u>year|month)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AnaphoricUnit();

    /// <summary>"24 years", "for forty years", "in under a year", "six months", "75 years of".</summary>
    [GeneratedRegex(@"(?<![\w-])" + Modifier + @"(?<n>" + Number + @")\s+(?<u>days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?)\b(?![-‐])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Duration();

    /// <summary>Words before a number that make it a quantity, not a year ("nearly 2000 troops").</summary>
    [GeneratedRegex(@"(?:about|nearly|almost|some|over|than|to|least|roughly|approximately|around|No\.|page|room|number|no)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex QuantityBefore();

    [GeneratedRegex(@"^\s*(?:people|persons|troops|soldiers|containers|jobs|vehicles|cars|homes|houses|tonnes|tons|km|kilometres|miles|metres|meters|dollars|euros|pounds|words|votes|members|workers|students|pages|copies|units|shares|barrels|rounds|shells|missiles|times|children|residents|patients|deaths|cases|employees|calls|ships|vessels|flights)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex QuantityAfter();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:year\s+)?(\d{4})\b", RegexOptions.CultureInvariant)]
    public static partial Regex YearAfter();

    /// <summary>Future cues in a clause: the month or weekday is the next one, not the last.</summary>
    [GeneratedRegex(@"\b(?:will|won['’]t|shall|would|['’]ll|going\s+to|(?:is|are)\s+due|expected|set\s+to|scheduled|plans?\s+to|planned|aims?\s+to|upcoming|until|till|by\s+the\s+end\s+of|is\s+to|are\s+to|intends?\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex FutureCue();

    /// <summary>Past-tense cues: a clause told in the past places a bare month or weekday before the article's date.</summary>
    [GeneratedRegex(@"\b(?:was|were|had|did|said|told|began|went|came|took|made|met|saw|left|fell|rose|won|lost|held|sent|gave|(?<!\b(?:be|been|being)\s+)\w{3,}ed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex PastCue();

    /// <summary>Present perfect: "have asked us for this for forty years" counts back from the article's date.</summary>
    [GeneratedRegex(@"\b(?:have|has|['’]ve)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex PresentPerfect();

    /// <summary>"first ... in 24 years", "the worst drought in seventy years": a count back from now.</summary>
    [GeneratedRegex(@"\b(?:first|last|worst|best|highest|lowest|biggest|largest|longest|strongest|weakest|deepest|only|ever|time|since)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex LookBackCue();
}
